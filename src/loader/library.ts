// The bundled library, data/index.json: which debates ship with the app. Read
// defensively, like everything that arrives as JSON.
import { isRow, rows } from './raw-access';
import { pathOf, problem, type Problem } from './problems';

export interface LibraryEntry {
  readonly id: string;
  readonly title: string;
  /** Relative to data/. */
  readonly file: string;
}

export type LibraryResult =
  | { readonly ok: true; readonly entries: readonly LibraryEntry[] }
  | { readonly ok: false; readonly errors: readonly Problem[] };

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
// A plain file name inside data/: no folders, no scheme, nothing to escape the folder.
const FILE = /^[\w-][\w.-]*\.json$/;

export function parseLibrary(text: string): LibraryResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        problem(
          'invalid-json',
          '',
          /*i18n*/ {
            id: 'library.invalid-json',
            message: 'data/index.json is not valid JSON: {reason}',
            values: { reason: String(error) },
          },
        ),
      ],
    };
  }
  if (!isRow(document) || !Array.isArray(document.datasets)) {
    return {
      ok: false,
      errors: [
        problem(
          'missing-field',
          'datasets',
          /*i18n*/ {
            id: 'library.no-datasets',
            message: 'data/index.json needs a "datasets" list',
          },
        ),
      ],
    };
  }
  const errors: Problem[] = [];
  const entries: LibraryEntry[] = [];
  for (const [row, i] of rows(document, 'datasets')) {
    const { id, title, file } = row;
    if (typeof id !== 'string' || !SLUG.test(id))
      errors.push(
        problem(
          'bad-id',
          pathOf(['datasets', i, 'id']),
          /*i18n*/ { id: 'library.bad-id', message: 'needs a slug id' },
        ),
      );
    else if (typeof title !== 'string' || !title.trim())
      errors.push(
        problem(
          'empty-text',
          pathOf(['datasets', i, 'title']),
          /*i18n*/ { id: 'library.no-title', message: 'needs a title' },
        ),
      );
    else if (typeof file !== 'string' || !FILE.test(file))
      errors.push(
        problem(
          'bad-value',
          pathOf(['datasets', i, 'file']),
          /*i18n*/ { id: 'library.bad-file', message: 'needs a .json file name inside data/' },
        ),
      );
    else entries.push({ id, title, file });
  }
  if (!errors.length && !entries.length)
    errors.push(
      problem(
        'bad-list-length',
        'datasets',
        /*i18n*/ { id: 'library.empty', message: 'lists no debate' },
      ),
    );
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}
