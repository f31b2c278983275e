// A hint for each problem code: what an author can do about it. Kept apart from
// problems.ts so the first screen does not download them; the problem list loads them.
import { formatProblem, type Problem } from './problems';

export const PROBLEM_HINTS = {
  'too-large': 'Split the debate or remove unused material; the limit protects readers’ devices.',
  'fetch-failed':
    'Check the address, that the server answers, and that it allows cross-origin requests (CORS).',
  'html-not-json':
    'The link leads to a web page; link to the .json file itself (on GitHub, its “Raw” link).',
  'too-deep': 'The file nests far deeper than a debate needs; it is probably not a debate file.',
  'invalid-json':
    'Check the file in a JSON validator: a missing comma, quote or bracket near the place named.',
  'not-a-debate': 'A debate file starts with "format": "debate-graph".',
  'unsupported-version':
    'This file was made for a newer Stancemap; open it with a newer version of the app.',
  'too-many-nodes': 'Issues, positions, actors and arguments together may not exceed the limit.',
  'too-many-edges':
    'Stances, argument links, “by” links and memberships together may not exceed the limit.',
  'missing-field': 'Add the field named; see data/debate-graph.schema.json for what it holds.',
  'wrong-type': 'Give the field the kind of value named (text, number, list or object).',
  'empty-text': 'Write some text here, or remove the field if it is optional.',
  'bad-id':
    'Ids use lowercase letters, digits and hyphens, start with a letter or digit, and are at most 64 characters.',
  'bad-date': 'Write dates as 2026, 2026-06 or 2026-06-22.',
  'bad-value': 'Use one of the values listed.',
  'bad-list-length': 'Change the number of items to fit the range named.',
  'bad-language': 'Use a language tag such as "en", "fr" or "pt-BR".',
  'unknown-field': 'Check the spelling; fields of your own must start with "x-".',
  'duplicate-id':
    'Every id must be unique across issues, actors, positions, arguments, sources, events and tours.',
  'unknown-reference': 'Point at an id that exists in the file, or add the missing item.',
  'wrong-kind-reference': 'Point at an id of the kind named.',
  'duplicate-stance': 'Merge the two stances: an actor holds one stance per position.',
  'duplicate-reference': 'List each id once.',
  'self-target': 'An argument supports or attacks a position or another argument, never itself.',
  'bad-url': 'Links must start with https:// or http://.',
  'impossible-date': 'That day does not exist in that month.',
  'internal-error': 'This is a bug in Stancemap; please report it with the file.',
  'bad-link':
    'Link to the .json file with an https:// address, or a path on this site (plain http:// only for localhost).',
  'host-not-allowed':
    'This copy of Stancemap opens debates only from the sites its publisher listed; ask them, or open the file itself.',
  'not-json-file': 'Open a debate file whose name ends in .json, one file at a time.',
  'unreadable-file': 'Check that the file still exists and that you may read it, then try again.',
  'no-actors':
    'Allowed: the debate opens without actors. Add actors (and their stances) if your sources name who holds what.',
  'no-summary': 'Allowed: the app shows nothing there. Add a one-line summary if you have one.',
  'no-evidence':
    'Allowed: the app shows “no source given”. Add a source and a verbatim quote so readers can check.',
  'no-quote':
    'Allowed: the source is shown without a quote. Add the source’s own words if you can.',
  'unknown-format':
    'Stancemap opens its own JSON, Kialo text exports, spreadsheets (.xlsx, .ods, .csv), Argdown and AIF JSON.',
  'import-mapped': 'What the importer made of the file; check it reads as you meant.',
  'import-dropped': 'This part of the file has no place in a Stancemap debate and was left out.',
  'import-guessed': 'The importer chose this because the file did not say; check it.',
  'import-syntax':
    'Fix the place named in the file, or export it again from the tool that made it.',
  'not-a-spreadsheet':
    'Save the workbook again as .xlsx or .ods (or each sheet as .csv) and open that file.',
  'formula-cell':
    'Formulas are not evaluated: the value the spreadsheet last saved is used, or the cell is left out if there is none.',
  'translation-without-original':
    'Translate only texts the debate has; remove this one or add the original text it translates.',
} as const;

export function hintFor(p: Problem): string {
  return PROBLEM_HINTS[p.code];
}

/** Every problem as plain text an author can paste into a message or an issue, one per line with its hint. */
export function problemReport(problems: readonly Problem[]): string {
  return problems
    .map((p) => `${p.severity} ${p.code} ${formatProblem(p)}\n    hint: ${hintFor(p)}`)
    .join('\n');
}
