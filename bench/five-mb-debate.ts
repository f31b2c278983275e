// A debate of about 5 MB (the most a debate could be before the limits rose to 20 MB,
// and the size issue 18 times) for measuring validation: 5,000 nodes with long texts,
// thousands of stances and arguments with evidence, about 14,000 edges. Seeded, so every run measures the same document; valid, so the
// whole door runs (preflight, parse, schema, integrity, normalisation), not an early exit.
import { debateDocument } from './debate-document';
import { seededPick } from './seeded-random';

const WORDS = (
  'returns visas sanctions aid border asylum consular embassy funding detention ' +
  'resettlement agreement monitoring schooling deportation courts rights trust stability ' +
  'leverage obligations partners response credibility council minister parliament report ' +
  'evidence delegation meeting talks channel security order women girls families'
).split(' ');

export const ISSUES = 60;
export const POSITIONS = 240;
export const ACTORS = 700;
export const ARGUMENTS = 4_000;

/** The document as plain JSON: 5,000 nodes, each text long enough to reach about 5 MB. */
export function fiveMegabyteDebate(seed = 1): Record<string, unknown> {
  const { pick } = seededPick(seed);
  const words = (n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(WORDS[pick(WORDS.length)]!);
    const text = out.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const sources = Array.from({ length: 50 }, (_, i) => ({
    id: `source-${i}`,
    title: `Report ${i + 1}: ${words(6)}`,
    publisher: `Publisher ${i % 7}`,
    date: `2026-0${1 + (i % 9)}`,
    url: `https://example.org/reports/${i + 1}`,
  }));
  const evidence = () => [{ source: `source-${pick(50)}`, quote: words(22) }];
  const issues = Array.from({ length: ISSUES }, (_, i) => ({
    id: `issue-${i}`,
    question: `${words(10)}?`,
    summary: words(40),
  }));
  const positions = Array.from({ length: POSITIONS }, (_, i) => ({
    id: `position-${i}`,
    issue: `issue-${i % ISSUES}`,
    statement: words(14),
  }));
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i} ${words(3)}`,
    kind: ['government', 'ngo', 'party', 'court', 'media'][i % 5],
    summary: words(18),
    ...(i > 0 && i % 10 === 0 ? { memberOf: `actor-${pick(i)}` } : {}),
  }));
  // Five stances each, on five different positions.
  const stances = actors.flatMap((actor, i) =>
    Array.from({ length: 5 }, (_, k) => ({
      actor: actor.id,
      position: `position-${(i * 5 + k * 47) % POSITIONS}`,
      stance: ['for', 'against', 'conditional', 'unclear'][pick(4)],
      summary: words(14),
      evidence: evidence(),
    })),
  );
  // Arguments on positions or on earlier arguments (chains, and a few cycles back).
  const args = Array.from({ length: ARGUMENTS }, (_, i) => ({
    id: `argument-${i}`,
    claim: words(14),
    text: words(17),
    target:
      i > 10 && pick(3) > 0
        ? `argument-${(i + 1 + pick(i - 1)) % i}`
        : `position-${pick(POSITIONS)}`,
    relation: pick(2) ? 'supports' : 'attacks',
    by: Array.from(new Set([`actor-${pick(ACTORS)}`, `actor-${pick(ACTORS)}`])),
    evidence: evidence(),
  }));
  return debateDocument(
    {
      id: 'five-megabytes',
      title: 'A five-megabyte debate',
      summary: 'Synthetic, for measuring validation.',
    },
    { issues, actors, positions, stances, arguments: args, sources },
    './debate-graph.schema.json',
  );
}
