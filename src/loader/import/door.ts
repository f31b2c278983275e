// The door for every format: a file (or a set of .csv files) in, a complete debate or
// its problems out, like the JSON loader and through it. The format is recognised from
// the content; each importer is a chunk of its own, fetched only when such a file is
// opened. What an importer mapped, dropped or guessed comes back as warnings (the
// import's report), and a problem the loader finds in what it made is traced back to
// the line, row or cell it came from. Never throws.
import { DEFAULT_LIMITS, formatBytes, type LoadLimits } from '../limits';
import { loadDebateTextLazily, prefetchLoader } from '../lazy-loader';
import type { LoadResult } from '../load-debate';
import { problem, shown, type Problem } from '../problems';
import { decodeText, detectFormat, type FormatKind } from './detect';
import type { ImportResult } from './import-result';

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function failed(errors: readonly Problem[], warnings: readonly Problem[] = []): LoadResult {
  return { ok: false, errors, warnings };
}

const CSV_NAME = /\.(csv|tsv)$/i;

/** Runs the importer a format needs, loading its chunk first. */
async function runImporter(
  kind: Exclude<FormatKind, 'json' | 'xls' | 'unknown'>,
  files: readonly InputFile[],
  text: string,
  limits: LoadLimits,
): Promise<ImportResult> {
  switch (kind) {
    case 'kialo':
      return (await import('./kialo')).importKialo(text);
    case 'argdown':
      return (await import('./argdown')).importArgdown(text);
    case 'aif':
      return (await import('./aif')).importAif(text);
    case 'csv':
    case 'zip':
      return (await import('./spreadsheet/import-spreadsheet')).importSpreadsheet(files, limits);
  }
}

/** `arguments[3].claim` → `line 12 (arguments[3].claim)`, when the importer knows the place. */
function traced(p: Problem, origins: ReadonlyMap<string, string>): Problem {
  const item = /^[A-Za-z]+\[\d+\]/.exec(p.path)?.[0];
  const place =
    origins.get(p.path) ??
    origins.get(p.path.replace(/\.[A-Za-z]+$/, '')) ??
    (item ? origins.get(item) : undefined);
  return place ? { ...p, path: `${place} (${p.path})` } : p;
}

async function finishImport(
  name: string,
  imported: ImportResult,
  limits: LoadLimits,
): Promise<LoadResult> {
  const heading = problem(
    'import-mapped',
    '',
    /*i18n*/ {
      id: 'door.read-as',
      message: '{name} was read as {format}; this report says what became of it.',
      values: { name: shown(name), format: imported.format },
    },
    'warning',
  );
  const errors = imported.problems.filter((p) => p.severity === 'error');
  const report = [heading, ...imported.problems.filter((p) => p.severity === 'warning')];
  if (!imported.document || errors.length) return failed(errors, report);
  const loaded = (await prefetchLoader()).loadDebateValue(imported.document, limits);
  const warnings = [...report, ...loaded.warnings.map((p) => traced(p, imported.origins))];
  return loaded.ok
    ? { ok: true, debate: loaded.debate, warnings }
    : failed(
        loaded.errors.map((p) => traced(p, imported.origins)),
        warnings,
      );
}

/** Opens one debate file, or several .csv files (one per sheet). */
export async function loadFiles(
  files: readonly InputFile[],
  limits: LoadLimits = DEFAULT_LIMITS,
): Promise<LoadResult> {
  try {
    if (!files.length)
      return failed([
        problem(
          'not-json-file',
          '',
          /*i18n*/ { id: 'door.no-file', message: 'No file was given.' },
        ),
      ]);
    const size = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
    if (size > limits.maxBytes)
      return failed([
        problem(
          'too-large',
          '',
          files.length > 1
            ? /*i18n*/ {
                id: 'door.files-too-large',
                message: 'The files are {size}; a debate may be at most {max}.',
                values: { size: formatBytes(size), max: formatBytes(limits.maxBytes) },
              }
            : /*i18n*/ {
                id: 'preflight.too-large',
                message: 'The file is {size}; a debate may be at most {max}.',
                values: { size: formatBytes(size), max: formatBytes(limits.maxBytes) },
              },
        ),
      ]);
    if (files.length > 1) {
      if (!files.every((f) => CSV_NAME.test(f.name)))
        return failed([
          problem(
            'not-json-file',
            '',
            /*i18n*/ {
              id: 'door.several-files',
              message:
                'That was {count} files; open one debate file at a time (or several .csv files, one per sheet).',
              values: { count: files.length },
            },
          ),
        ]);
      return await finishImport(
        files.map((f) => f.name).join(', '),
        await runImporter('csv', files, '', limits),
        limits,
      );
    }
    const file = files[0]!;
    let text: string | undefined;
    const textOf = () => (text ??= decodeText(file.bytes));
    const kind = detectFormat(file.name, file.bytes, textOf);
    switch (kind) {
      case 'json':
        return await loadDebateTextLazily(textOf(), limits);
      case 'xls':
        return failed([
          problem(
            'not-a-spreadsheet',
            '',
            /*i18n*/ {
              id: 'door.xls',
              message: '{name} is an old Excel .xls workbook, which Stancemap does not read.',
              values: { name: shown(file.name) },
            },
          ),
        ]);
      case 'unknown':
        return failed([
          problem(
            'unknown-format',
            '',
            textOf().trim()
              ? /*i18n*/ {
                  id: 'door.unknown-format',
                  message:
                    '{name} is in no format Stancemap reads (its own JSON, a Kialo export, a spreadsheet, Argdown or AIF).',
                  values: { name: shown(file.name) },
                }
              : /*i18n*/ {
                  id: 'door.empty',
                  message: '{name} is empty.',
                  values: { name: shown(file.name) },
                },
          ),
        ]);
      default:
        return await finishImport(
          file.name,
          await runImporter(kind, files, kind === 'zip' ? '' : textOf(), limits),
          limits,
        );
    }
  } catch (error) {
    return failed([
      problem(
        'internal-error',
        '',
        /*i18n*/ {
          id: 'door.internal-error',
          message:
            'Stancemap could not read this file ({reason}). If it says a module failed to load, reload the page and try again.',
          values: { reason: error instanceof Error ? error.message : String(error) },
        },
      ),
    ]);
  }
}
