// A hint for each problem code: what an author can do about it. Kept apart from
// problems.ts so the first screen does not download them; the problem list loads them.
// Each is a message of the `loader` catalogue, shown in the reader's language.
import { formatPlacedProblem } from './problem-place';
import { localised, type LoaderMessage, type Problem } from './problems';

export const PROBLEM_HINTS = {
  'too-large': /*i18n*/ {
    id: 'hint.too-large',
    message: 'Split the debate or remove unused material; the limit protects readers’ devices.',
  },
  'fetch-failed': /*i18n*/ {
    id: 'hint.fetch-failed',
    message:
      'Check the address, that the server answers, and that it allows cross-origin requests (CORS).',
  },
  'html-not-json': /*i18n*/ {
    id: 'hint.html-not-json',
    message:
      'The link leads to a web page; link to the .json file itself (on GitHub, its “Raw” link).',
  },
  'too-deep': /*i18n*/ {
    id: 'hint.too-deep',
    message: 'The file nests far deeper than a debate needs; it is probably not a debate file.',
  },
  'invalid-json': /*i18n*/ {
    id: 'hint.invalid-json',
    message:
      'Check the file in a JSON validator: a missing comma, quote or bracket near the place named.',
  },
  'not-a-debate': /*i18n*/ {
    id: 'hint.not-a-debate',
    message: 'A debate file starts with "format": "debate-graph".',
  },
  'unsupported-version': /*i18n*/ {
    id: 'hint.unsupported-version',
    message: 'This file was made for a newer Stancemap; open it with a newer version of the app.',
  },
  'too-many-nodes': /*i18n*/ {
    id: 'hint.too-many-nodes',
    message: 'Issues, positions, actors and arguments together may not exceed the limit.',
  },
  'too-many-edges': /*i18n*/ {
    id: 'hint.too-many-edges',
    message:
      'Stances, argument links, “by” links and memberships together may not exceed the limit.',
  },
  'missing-field': /*i18n*/ {
    id: 'hint.missing-field',
    message: 'Add the field named; see data/debate-graph.schema.json for what it holds.',
  },
  'wrong-type': /*i18n*/ {
    id: 'hint.wrong-type',
    message: 'Give the field the kind of value named (text, number, list or object).',
  },
  'empty-text': /*i18n*/ {
    id: 'hint.empty-text',
    message: 'Write some text here, or remove the field if it is optional.',
  },
  'bad-id': /*i18n*/ {
    id: 'hint.bad-id',
    message:
      'Ids use lowercase letters, digits and hyphens, start with a letter or digit, and are at most 64 characters.',
  },
  'bad-date': /*i18n*/ {
    id: 'hint.bad-date',
    message: 'Write dates as 2026, 2026-06 or 2026-06-22.',
  },
  'bad-value': /*i18n*/ { id: 'hint.bad-value', message: 'Use one of the values listed.' },
  'bad-list-length': /*i18n*/ {
    id: 'hint.bad-list-length',
    message: 'Change the number of items to fit the range named.',
  },
  'bad-language': /*i18n*/ {
    id: 'hint.bad-language',
    message: 'Use a language tag such as "en", "fr" or "pt-BR".',
  },
  'unknown-field': /*i18n*/ {
    id: 'hint.unknown-field',
    message: 'Check the spelling; fields of your own must start with "x-".',
  },
  'duplicate-id': /*i18n*/ {
    id: 'hint.duplicate-id',
    message:
      'Every id must be unique across issues, actors, positions, arguments, sources, events and tours.',
  },
  'unknown-reference': /*i18n*/ {
    id: 'hint.unknown-reference',
    message: 'Point at an id that exists in the file, or add the missing item.',
  },
  'wrong-kind-reference': /*i18n*/ {
    id: 'hint.wrong-kind-reference',
    message: 'Point at an id of the kind named.',
  },
  'duplicate-stance': /*i18n*/ {
    id: 'hint.duplicate-stance',
    message: 'Merge the two stances: an actor holds one stance per position.',
  },
  'duplicate-reference': /*i18n*/ { id: 'hint.duplicate-reference', message: 'List each id once.' },
  'self-target': /*i18n*/ {
    id: 'hint.self-target',
    message: 'An argument supports or attacks a position or another argument, never itself.',
  },
  'bad-url': /*i18n*/ { id: 'hint.bad-url', message: 'Links must start with https:// or http://.' },
  'impossible-date': /*i18n*/ {
    id: 'hint.impossible-date',
    message: 'That day does not exist in that month.',
  },
  'internal-error': /*i18n*/ {
    id: 'hint.internal-error',
    message: 'This is a bug in Stancemap; please report it with the file.',
  },
  'bad-link': /*i18n*/ {
    id: 'hint.bad-link',
    message:
      'Link to the .json file with an https:// address, or a path on this site (plain http:// only for localhost).',
  },
  'host-not-allowed': /*i18n*/ {
    id: 'hint.host-not-allowed',
    message:
      'This copy of Stancemap opens debates only from the sites its publisher listed; ask them, or open the file itself.',
  },
  'not-json-file': /*i18n*/ {
    id: 'hint.not-json-file',
    message: 'Open a debate file whose name ends in .json, one file at a time.',
  },
  'unreadable-file': /*i18n*/ {
    id: 'hint.unreadable-file',
    message: 'Check that the file still exists and that you may read it, then try again.',
  },
  'no-actors': /*i18n*/ {
    id: 'hint.no-actors',
    message:
      'Allowed: the debate opens without actors. Add actors (and their stances) if your sources name who holds what.',
  },
  'no-summary': /*i18n*/ {
    id: 'hint.no-summary',
    message: 'Allowed: the app shows nothing there. Add a one-line summary if you have one.',
  },
  'no-evidence': /*i18n*/ {
    id: 'hint.no-evidence',
    message:
      'Allowed: the app shows “no source given”. Add a source and a verbatim quote so readers can check.',
  },
  'no-quote': /*i18n*/ {
    id: 'hint.no-quote',
    message: 'Allowed: the source is shown without a quote. Add the source’s own words if you can.',
  },
  'unknown-format': /*i18n*/ {
    id: 'hint.unknown-format',
    message:
      'Stancemap opens its own JSON, Kialo text exports, spreadsheets (.xlsx, .ods, .csv), Argdown and AIF JSON.',
  },
  'import-mapped': /*i18n*/ {
    id: 'hint.import-mapped',
    message: 'What the importer made of the file; check it reads as you meant.',
  },
  'import-dropped': /*i18n*/ {
    id: 'hint.import-dropped',
    message: 'This part of the file has no place in a Stancemap debate and was left out.',
  },
  'import-guessed': /*i18n*/ {
    id: 'hint.import-guessed',
    message: 'The importer chose this because the file did not say; check it.',
  },
  'import-syntax': /*i18n*/ {
    id: 'hint.import-syntax',
    message: 'Fix the place named in the file, or export it again from the tool that made it.',
  },
  'not-a-spreadsheet': /*i18n*/ {
    id: 'hint.not-a-spreadsheet',
    message: 'Save the workbook again as .xlsx or .ods (or each sheet as .csv) and open that file.',
  },
  'formula-cell': /*i18n*/ {
    id: 'hint.formula-cell',
    message:
      'Formulas are not evaluated: the value the spreadsheet last saved is used, or the cell is left out if there is none.',
  },
  'translation-without-original': /*i18n*/ {
    id: 'hint.translation-without-original',
    message:
      'Translate only texts the debate has; remove this one or add the original text it translates.',
  },
} as const satisfies Record<string, LoaderMessage>;

export function hintFor(p: Problem): string {
  return localised(PROBLEM_HINTS[p.code]);
}

/** Every problem as plain text an author can paste into a message or an issue, one per line with its hint. */
export function problemReport(problems: readonly Problem[]): string {
  return problems
    .map((p) => `${p.severity} ${p.code} ${formatPlacedProblem(p)}\n    hint: ${hintFor(p)}`)
    .join('\n');
}
