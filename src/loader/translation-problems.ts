// What the schema cannot check in `translations`: that each language tag is one, and
// that every key names something the debate has (an id of the right kind, a stance's
// actor/position pair, a glossary term, a tour step) with the text being translated.
// A stale translation is a warning, never a reason to refuse the debate.
import { pathOf, problem, shown, type Problem } from './problems';
import { isRow, rows, type Row } from './raw-access';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Sections keyed by id, and the array that defines those ids. */
const BY_ID = [
  ['issues', 'an issue'],
  ['positions', 'a position'],
  ['actors', 'an actor'],
  ['arguments', 'an argument'],
  ['events', 'an event'],
  ['tours', 'a tour'],
] as const;

const entries = (value: unknown): [string, unknown][] =>
  isRow(value) ? Object.entries(value) : [];

export function translationProblems(document: unknown): Problem[] {
  if (!isRow(document) || !isRow(document.translations)) return [];
  const problems: Problem[] = [];
  const warn = (code: Problem['code'], segments: (string | number)[], message: string) =>
    problems.push(problem(code, pathOf(segments), message, 'warning'));

  // What each key may name: the original's rows, found by their key.
  const originals = new Map<string, Map<string, Row>>();
  for (const [section] of BY_ID)
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
  for (const [section, kind] of BY_ID)
    for (const id of originals.get(section)!.keys()) sectionOfId.set(id, kind);

  /** Warns about translated fields the original does not have. */
  const fields = (translation: unknown, original: Row, segments: (string | number)[]) => {
    for (const [field, text] of entries(translation))
      if (typeof text === 'string' && !field.startsWith('x-') && original[field] === undefined)
        warn(
          'translation-without-original',
          [...segments, field],
          `the original has no ${field} to translate`,
        );
  };

  for (const [language, translation] of entries(document.translations)) {
    const at = ['translations', language];
    if (!LANGUAGE_TAG.test(language))
      problems.push(
        problem('bad-language', pathOf(at), `${shown(language)} is not a language tag`),
      );
    if (isRow(document.meta))
      fields(isRow(translation) ? translation.meta : undefined, document.meta, [...at, 'meta']);
    for (const section of [...BY_ID.map(([s]) => s), 'stances', 'glossary'] as const) {
      const known = originals.get(section)!;
      for (const [key, texts] of entries(isRow(translation) ? translation[section] : undefined)) {
        const place = [...at, section, key];
        const original = known.get(key);
        if (original) fields(texts, original, place);
        else if (section === 'stances')
          warn(
            'unknown-reference',
            place,
            `the debate has no stance ${shown(key)} (actor-id/position-id)`,
          );
        else if (section === 'glossary')
          warn('unknown-reference', place, `the glossary has no term ${shown(key)}`);
        else {
          const kind = BY_ID.find(([s]) => s === section)![1];
          const other = sectionOfId.get(key);
          warn(
            other ? 'wrong-kind-reference' : 'unknown-reference',
            place,
            other
              ? `${shown(key)} is not ${kind} id; it is ${other}'s`
              : `${shown(key)} is not ${kind} id`,
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
                `${shown(n)} is not a step of this tour: its steps are 1 to ${steps.length}`,
              );
          }
        }
      }
    }
  }
  return problems;
}
