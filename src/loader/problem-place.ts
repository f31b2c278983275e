// The importers write where a problem is in English (`line 12 (…)`, `Positions row 3`);
// the full problem list and its copy say it in the reader's language. Kept out of
// problems.ts, which the first screen loads: only the lazily loaded list needs it.
import { formatProblem, localised, type Problem } from './problems';

/** The importers' places, written in English: `line 12 (…)`, `Positions row 3 (…)`. */
const PLACE = /^(?:line (\d+)|(.+?) row (\d+))(?= \(|$)/;

/** Where the problem is, with an importer's line or row said in the interface's language. */
export function problemPlace(path: string): string {
  const found = PLACE.exec(path);
  if (!found) return path;
  const [whole, line, sheet = '', row = ''] = found;
  const place =
    line !== undefined
      ? localised(
          /*i18n*/ { id: 'place.line', message: 'line {line}', values: { line: Number(line) } },
        )
      : localised(
          /*i18n*/ {
            id: 'place.row',
            message: '{sheet} row {row}',
            values: { sheet, row: Number(row) },
          },
        );
  return place + path.slice(whole.length);
}

/** `ligne 12 (arguments[3].claim): …`: formatProblem, with the place in the reader's language. */
export function formatPlacedProblem(p: Problem): string {
  return formatProblem({ ...p, path: problemPlace(p.path) });
}
