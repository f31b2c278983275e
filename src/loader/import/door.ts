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
    `${shown(name)} was read as ${imported.format}; this report says what became of it.`,
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
    if (!files.length) return failed([problem('not-json-file', '', 'No file was given.')]);
    const size = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
    if (size > limits.maxBytes)
      return failed([
        problem(
          'too-large',
          '',
          `The file${files.length > 1 ? 's are' : ' is'} ${formatBytes(size)}; a debate may be at most ${formatBytes(limits.maxBytes)}.`,
        ),
      ]);
    if (files.length > 1) {
      if (!files.every((f) => CSV_NAME.test(f.name)))
        return failed([
          problem(
            'not-json-file',
            '',
            `That was ${files.length} files; open one debate file at a time (or several .csv files, one per sheet).`,
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
            `${shown(file.name)} is an old Excel .xls workbook, which Stancemap does not read.`,
          ),
        ]);
      case 'unknown':
        return failed([
          problem(
            'unknown-format',
            '',
            textOf().trim()
              ? `${shown(file.name)} is in no format Stancemap reads (its own JSON, a Kialo export, a spreadsheet, Argdown or AIF).`
              : `${shown(file.name)} is empty.`,
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
        `Stancemap could not read this file (${error instanceof Error ? error.message : String(error)}). If it says a module failed to load, reload the page and try again.`,
      ),
    ]);
  }
}
