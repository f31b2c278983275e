// What a debate lacks but may lack: actors, summaries, evidence and quotes. Formats
// such as Kialo or AIF have none of them, so their absence is a warning the app shows
// ("no source given"), never a rejection. One warning per kind of gap, naming the
// first place and the count, so a 2,000-claim import does not bury its report.
import { isRow, rows } from './raw-access';
import { pathOf, problem, type LoaderMessage, type Problem, type ProblemCode } from './problems';

const isBlank = (value: unknown) =>
  value === undefined || (typeof value === 'string' && !/\S/.test(value));

interface Gap {
  readonly code: ProblemCode;
  readonly what: LoaderMessage;
  readonly places: string[];
}

function report(gap: Gap): Problem[] {
  const [first] = gap.places;
  if (first === undefined) return [];
  const others = gap.places.length - 1;
  return [
    problem(
      gap.code,
      first,
      others === 0
        ? /*i18n*/ {
            id: 'gaps.once',
            message: '{what}; shown as not given',
            values: { what: gap.what },
          }
        : others === 1
          ? /*i18n*/ {
              id: 'gaps.and-one',
              message: '{what}, and so 1 other place; shown as not given',
              values: { what: gap.what },
            }
          : /*i18n*/ {
              id: 'gaps.and-more',
              message: '{what}, and so {count} other places; shown as not given',
              values: { what: gap.what, count: others },
            },
      'warning',
    ),
  ];
}

export function gapWarnings(document: unknown): Problem[] {
  if (!isRow(document)) return [];
  const problems: Problem[] = [];
  const actors = document.actors;
  if (actors === undefined || (Array.isArray(actors) && actors.length === 0))
    problems.push(
      problem(
        'no-actors',
        'actors',
        /*i18n*/ {
          id: 'gaps.no-actors',
          message: 'the debate names no actors: nobody holds a stance or makes an argument',
        },
        'warning',
      ),
    );

  const summaries: Gap = {
    code: 'no-summary',
    what: /*i18n*/ { id: 'gaps.no-summary', message: 'no summary given' },
    places: [],
  };
  if (isRow(document.meta) && isBlank(document.meta.summary)) summaries.places.push('meta.summary');
  for (const section of ['issues', 'actors', 'stances'])
    for (const [row, i] of rows(document, section))
      if (isBlank(row.summary)) summaries.places.push(pathOf([section, i, 'summary']));

  const evidence: Gap = {
    code: 'no-evidence',
    what: /*i18n*/ { id: 'gaps.no-source', message: 'no source given' },
    places: [],
  };
  const quotes: Gap = {
    code: 'no-quote',
    what: /*i18n*/ { id: 'gaps.no-quote', message: 'a source without a quote' },
    places: [],
  };
  for (const section of ['stances', 'arguments'])
    for (const [row, i] of rows(document, section)) {
      const list = row.evidence;
      if (list === undefined || (Array.isArray(list) && list.length === 0))
        evidence.places.push(pathOf([section, i, 'evidence']));
      for (const [item, j] of rows(row, 'evidence'))
        if (isBlank(item.quote)) quotes.places.push(pathOf([section, i, 'evidence', j, 'quote']));
    }
  return [...problems, ...report(summaries), ...report(evidence), ...report(quotes)];
}
