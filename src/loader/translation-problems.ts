// What the schema cannot check in `translations`: that each language tag is one, and
// that every key names something the debate has (an id of the right kind, a stance's
// actor/position pair, a glossary term, a tour step) with the text being translated.
// A stale translation is a warning, never a reason to refuse the debate.
import { pathOf, problem, shown, type LoaderMessage, type Problem } from './problems';
import { isRow, rows, type Row } from './raw-access';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Sections keyed by id: each is also the array that defines those ids. */
const BY_ID = ['issues', 'positions', 'actors', 'arguments', 'events', 'tours'] as const;

const entries = (value: unknown): [string, unknown][] =>
  isRow(value) ? Object.entries(value) : [];

export function translationProblems(document: unknown): Problem[] {
  if (!isRow(document) || !isRow(document.translations)) return [];
  const problems: Problem[] = [];
  const warn = (code: Problem['code'], segments: (string | number)[], message: LoaderMessage) =>
    problems.push(problem(code, pathOf(segments), message, 'warning'));

  // What each key may name: the original's rows, found by their key.
  const originals = new Map<string, Map<string, Row>>();
  for (const section of BY_ID)
    originals.set(section, new Map(rows(document, section).map(([row]) => [String(row.id), row])));
  originals.set(
    'stances',
    new Map(
      rows(document, 'stances').map(([row]) => [
        `${String(row.actor)}/${String(row.position)}`,
        row,
      ]),
    ),
  );
  originals.set(
    'glossary',
    new Map(rows(document, 'glossary').map(([row]) => [String(row.term), row])),
  );
  const sectionOfId = new Map<string, string>();
  for (const section of BY_ID)
    for (const id of originals.get(section)!.keys()) sectionOfId.set(id, section);

  /** Warns about translated fields the original does not have. */
  const fields = (translation: unknown, original: Row, segments: (string | number)[]) => {
    for (const [field, text] of entries(translation))
      if (typeof text === 'string' && !field.startsWith('x-') && original[field] === undefined)
        warn(
          'translation-without-original',
          [...segments, field],
          /*i18n*/ {
            id: 'translation.no-original',
            message: 'the original has no {field} to translate',
            values: { field },
          },
        );
  };

  for (const [language, translation] of entries(document.translations)) {
    const at = ['translations', language];
    if (!LANGUAGE_TAG.test(language))
      problems.push(
        problem(
          'bad-language',
          pathOf(at),
          /*i18n*/ {
            id: 'translation.bad-language',
            message: '{value} is not a language tag',
            values: { value: shown(language) },
          },
        ),
      );
    if (isRow(document.meta))
      fields(isRow(translation) ? translation.meta : undefined, document.meta, [...at, 'meta']);
    for (const section of [...BY_ID, 'stances', 'glossary'] as const) {
      const known = originals.get(section)!;
      for (const [key, texts] of entries(isRow(translation) ? translation[section] : undefined)) {
        const place = [...at, section, key];
        const original = known.get(key);
        if (original) fields(texts, original, place);
        else if (section === 'stances')
          warn(
            'unknown-reference',
            place,
            /*i18n*/ {
              id: 'translation.no-stance',
              message: 'the debate has no stance {value} (actor-id/position-id)',
              values: { value: shown(key) },
            },
          );
        else if (section === 'glossary')
          warn(
            'unknown-reference',
            place,
            /*i18n*/ {
              id: 'translation.no-term',
              message: 'the glossary has no term {value}',
              values: { value: shown(key) },
            },
          );
        else {
          const other = sectionOfId.get(key);
          const value = shown(key);
          if (other)
            warn(
              'wrong-kind-reference',
              place,
              /*i18n*/ {
                id: 'translation.wrong-section',
                message: '{value} is the id of an item in {other}, not in {section}',
                values: { value, other, section },
              },
            );
          else
            warn(
              'unknown-reference',
              place,
              /*i18n*/ {
                id: 'translation.no-id',
                message: '{value} is not the id of an item in {section}',
                values: { value, section },
              },
            );
        }
        if (section === 'tours' && original) {
          const steps = Array.isArray(original.steps) ? original.steps : [];
          for (const [n] of entries(isRow(texts) ? texts.steps : undefined)) {
            const step = /^[1-9][0-9]*$/.test(n) ? steps[Number(n) - 1] : undefined;
            if (!isRow(step))
              warn(
                'unknown-reference',
                [...place, 'steps', n],
                /*i18n*/ {
                  id: 'translation.no-step',
                  message: '{value} is not a step of this tour: its steps are 1 to {count}',
                  values: { value: shown(n), count: steps.length },
                },
              );
          }
        }
      }
    }
  }
  return problems;
}
