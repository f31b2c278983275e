// What a JSON Schema cannot say: ids unique across kinds, references that point at
// the right kind of thing, one stance per pair, no self-targets, safe link schemes
// and real calendar dates. It reads the raw document defensively — the schema may
// have found problems too — so every problem of both passes is reported at once.
// Flat loops only: nothing here recurses into the document.
import { pathOf, problem, shown, type LoaderMessage, type Problem } from './problems';
import { isRow, rows, strings, type Row } from './raw-access';

type Kind = 'issue' | 'actor' | 'position' | 'argument' | 'source' | 'event' | 'tour';
type Segment = string | number;

/** The arrays that define ids, and the kind each defines. */
const ID_SECTIONS: readonly (readonly [string, Kind])[] = [
  ['issues', 'issue'],
  ['actors', 'actor'],
  ['positions', 'position'],
  ['arguments', 'argument'],
  ['sources', 'source'],
  ['events', 'event'],
  ['tours', 'tour'],
];

const NODE_KINDS: readonly Kind[] = ['issue', 'position', 'actor', 'argument'];

/** What a reference must be, in a problem's words, by what it may point at. */
const ID_OF = {
  issue: /*i18n*/ { id: 'integrity.id-of-issue', message: 'an issue id' },
  actor: /*i18n*/ { id: 'integrity.id-of-actor', message: 'an actor id' },
  position: /*i18n*/ { id: 'integrity.id-of-position', message: 'a position id' },
  argument: /*i18n*/ { id: 'integrity.id-of-argument', message: 'an argument id' },
  source: /*i18n*/ { id: 'integrity.id-of-source', message: 'a source id' },
  event: /*i18n*/ { id: 'integrity.id-of-event', message: 'an event id' },
  tour: /*i18n*/ { id: 'integrity.id-of-tour', message: 'a tour id' },
  'position or argument': /*i18n*/ {
    id: 'integrity.id-of-position-or-argument',
    message: 'a position or argument id',
  },
  node: /*i18n*/ { id: 'integrity.id-of-node', message: 'a node id' },
} as const satisfies Record<string, LoaderMessage>;
type Expected = keyof typeof ID_OF;

/** What a reference points at instead, in a problem's words. */
const A_KIND: Readonly<Record<Kind, LoaderMessage>> = {
  issue: /*i18n*/ { id: 'integrity.kind-issue', message: 'an issue' },
  actor: /*i18n*/ { id: 'integrity.kind-actor', message: 'an actor' },
  position: /*i18n*/ { id: 'integrity.kind-position', message: 'a position' },
  argument: /*i18n*/ { id: 'integrity.kind-argument', message: 'an argument' },
  source: /*i18n*/ { id: 'integrity.kind-source', message: 'a source' },
  event: /*i18n*/ { id: 'integrity.kind-event', message: 'an event' },
  tour: /*i18n*/ { id: 'integrity.kind-tour', message: 'a tour' },
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isImpossibleDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day > days;
}

function isSafeUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function integrityProblems(document: unknown): Problem[] {
  const problems: Problem[] = [];
  // Paths are spelled out only for problems: a 20,000-node debate has some 100,000
  // references, and building each one's path string cost more than checking it.
  const kindOf = new Map<string, { kind: Kind; section: string; index: number }>();

  for (const [section, kind] of ID_SECTIONS) {
    for (const [row, i] of rows(document, section)) {
      const id = row.id;
      if (typeof id !== 'string') continue;
      const earlier = kindOf.get(id);
      if (earlier) {
        problems.push(
          problem(
            'duplicate-id',
            pathOf([section, i, 'id']),
            /*i18n*/ {
              id: 'integrity.duplicate-id',
              message: '{value} is already the id of {place}',
              values: { value: shown(id), place: pathOf([earlier.section, earlier.index]) },
            },
          ),
        );
      } else {
        kindOf.set(id, { kind, section, index: i });
      }
    }
  }

  /** Checks one reference; `allowed` lists the kinds it may point at. */
  const reference = (
    value: unknown,
    segments: Segment[],
    allowed: readonly Kind[],
    label = allowed.join(' or ') as Expected,
  ) => {
    if (typeof value !== 'string') return;
    const target = kindOf.get(value);
    if (!target)
      problems.push(
        problem(
          'unknown-reference',
          pathOf(segments),
          /*i18n*/ {
            id: 'integrity.unknown-reference',
            message: '{value} is not {expected}',
            values: { value: shown(value), expected: ID_OF[label] },
          },
        ),
      );
    else if (!allowed.includes(target.kind)) {
      problems.push(
        problem(
          'wrong-kind-reference',
          pathOf(segments),
          /*i18n*/ {
            id: 'integrity.wrong-kind',
            message: '{value} is not {expected}; it is {actual}',
            values: { value: shown(value), expected: ID_OF[label], actual: A_KIND[target.kind] },
          },
        ),
      );
    }
  };

  /** Checks a list of references, and that none repeats. */
  const referenceList = (
    value: unknown,
    segments: Segment[],
    allowed: readonly Kind[],
    label?: Expected,
  ) => {
    const seen = new Set<string>();
    for (const [id, i] of strings(value)) {
      if (seen.has(id))
        problems.push(
          problem(
            'duplicate-reference',
            pathOf([...segments, i]),
            /*i18n*/ {
              id: 'integrity.listed-twice',
              message: '{value} is listed twice',
              values: { value: shown(id) },
            },
          ),
        );
      seen.add(id);
      reference(id, [...segments, i], allowed, label);
    }
  };

  const date = (value: unknown, segments: Segment[]) => {
    if (typeof value === 'string' && isImpossibleDate(value)) {
      problems.push(
        problem(
          'impossible-date',
          pathOf(segments),
          /*i18n*/ {
            id: 'integrity.impossible-date',
            message: '{value} is not a real day',
            values: { value: shown(value) },
          },
        ),
      );
    }
  };

  const evidence = (row: Row, segments: Segment[]) => {
    for (const [item, i] of rows(row, 'evidence'))
      reference(item.source, [...segments, 'evidence', i, 'source'], ['source']);
  };

  const issueOfPosition = new Map<unknown, unknown>();
  for (const [row] of rows(document, 'positions')) issueOfPosition.set(row.id, row.issue);
  for (const [row, i] of rows(document, 'positions')) {
    reference(row.issue, ['positions', i, 'issue'], ['issue']);
    const complement = row.complementOf;
    const path: Segment[] = ['positions', i, 'complementOf'];
    if (complement === undefined) continue;
    if (complement === row.id)
      problems.push(
        problem(
          'self-target',
          pathOf(path),
          /*i18n*/ { id: 'integrity.self-complement', message: 'a position cannot negate itself' },
        ),
      );
    else if (issueOfPosition.has(complement) && issueOfPosition.get(complement) !== row.issue)
      problems.push(
        problem(
          'wrong-kind-reference',
          pathOf(path),
          /*i18n*/ {
            id: 'integrity.complement-issue',
            message: '{value} answers another issue; a complement must answer the same one',
            values: { value: shown(complement) },
          },
        ),
      );
    else reference(complement, path, ['position']);
  }

  for (const [row, i] of rows(document, 'actors')) {
    if (row.memberOf !== undefined && row.memberOf === row.id) {
      problems.push(
        problem(
          'self-target',
          pathOf(['actors', i, 'memberOf']),
          /*i18n*/ {
            id: 'integrity.self-member',
            message: 'an actor cannot be a member of itself',
          },
        ),
      );
    } else reference(row.memberOf, ['actors', i, 'memberOf'], ['actor']);
  }

  const stanceOwner = new Map<string, number>();
  for (const [row, i] of rows(document, 'stances')) {
    reference(row.actor, ['stances', i, 'actor'], ['actor']);
    reference(row.position, ['stances', i, 'position'], ['position']);
    evidence(row, ['stances', i]);
    if (typeof row.actor === 'string' && typeof row.position === 'string') {
      const pair = JSON.stringify([row.actor, row.position]);
      const first = stanceOwner.get(pair);
      if (first === undefined) stanceOwner.set(pair, i);
      else {
        problems.push(
          problem(
            'duplicate-stance',
            pathOf(['stances', i]),
            /*i18n*/ {
              id: 'integrity.duplicate-stance',
              message: '{actor} already has a stance on {position} at {place}',
              values: {
                actor: shown(row.actor),
                position: shown(row.position),
                place: `stances[${first}]`,
              },
            },
          ),
        );
      }
    }
  }

  for (const [row, i] of rows(document, 'arguments')) {
    if (typeof row.target === 'string' && row.target === row.id) {
      problems.push(
        problem(
          'self-target',
          pathOf(['arguments', i, 'target']),
          /*i18n*/ {
            id: 'integrity.self-target',
            message: 'an argument cannot support or attack itself',
          },
        ),
      );
    } else reference(row.target, ['arguments', i, 'target'], ['position', 'argument']);
    referenceList(row.by, ['arguments', i, 'by'], ['actor']);
    evidence(row, ['arguments', i]);
  }

  for (const [row, i] of rows(document, 'sources')) {
    if (typeof row.url === 'string' && !isSafeUrl(row.url)) {
      problems.push(
        problem(
          'bad-url',
          pathOf(['sources', i, 'url']),
          /*i18n*/ {
            id: 'integrity.bad-url',
            message: '{value} is not an http: or https: link',
            values: { value: shown(row.url) },
          },
        ),
      );
    }
    date(row.date, ['sources', i, 'date']);
  }

  for (const [row, i] of rows(document, 'events')) {
    referenceList(row.actors, ['events', i, 'actors'], ['actor']);
    evidence(row, ['events', i]);
    date(row.date, ['events', i, 'date']);
  }

  for (const [row, i] of rows(document, 'glossary')) evidence(row, ['glossary', i]);

  for (const [tour, t] of rows(document, 'tours')) {
    for (const [step, s] of rows(tour, 'steps')) {
      referenceList(step.focus, ['tours', t, 'steps', s, 'focus'], NODE_KINDS, 'node');
      referenceList(step.compare, ['tours', t, 'steps', s, 'compare'], ['actor']);
    }
  }

  if (isRow(document) && isRow(document.meta)) date(document.meta.updated, ['meta', 'updated']);

  return problems;
}
