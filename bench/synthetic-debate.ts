// Synthetic debates for the benchmark: seeded, deterministic (no Math.random) and valid
// by the format (data-format.md), so the normal loader accepts them unchanged.
//
// The shape follows the bundled debate, scaled: about one issue per 60 nodes, three
// positions per issue, actors who take stances on a few positions (mostly within one or
// two issues, as real actors do) and belong to a bloc now and then, and arguments that
// support or attack a position or another argument of the same issue (chains, and a few
// cycles), made by zero to two actors. Every stance and argument quotes a source.
// `nodes` counts issues, positions, actors and arguments: the graph's nodes, exactly.
// Links stay within the format's edge limit: past 19,000 nodes or so the "by" links of
// the last arguments are dropped until they fit (20,000 nodes give 40,000 links).
import { DEFAULT_LIMITS } from '../src/loader/limits';
import { debateDocument } from './debate-document';
import { seededPick } from './seeded-random';

export interface SyntheticOptions {
  /** Graph nodes in all: issues + positions + actors + arguments. At least 4. */
  readonly nodes: number;
  readonly seed?: number;
  /** Links at most, counted as the loader counts them; by default the format's limit. */
  readonly maxEdges?: number;
}

export interface SyntheticCounts {
  readonly issues: number;
  readonly positions: number;
  readonly actors: number;
  readonly arguments: number;
}

/** How the node count splits between the kinds of node. */
export function syntheticCounts(nodes: number): SyntheticCounts {
  if (!Number.isInteger(nodes) || nodes < 4) throw new RangeError('at least 4 nodes');
  const issues = Math.max(1, Math.round(nodes / 60));
  const positions = Math.max(1, Math.min(issues * 3, nodes - issues - 2));
  const actors = Math.max(1, Math.round((nodes - issues - positions) * 0.13));
  return { issues, positions, actors, arguments: nodes - issues - positions - actors };
}

const SUBJECTS = [
  'returns',
  'visas',
  'sanctions',
  'aid',
  'the border',
  'asylum claims',
  'consular access',
  'the embassy',
  'funding',
  'detention',
  'resettlement',
  'the agreement',
  'monitoring',
  'girls’ schooling',
  'deportations',
  'the courts',
];
const VERBS = [
  'would undermine',
  'is needed for',
  'risks',
  'strengthens',
  'cannot replace',
  'depends on',
  'delays',
  'legitimises',
  'protects',
  'weakens',
  'is the price of',
  'makes possible',
];
const OBJECTS = [
  'the rule of law',
  'human rights',
  'public trust',
  'regional stability',
  'the asylum system',
  'women’s rights',
  'diplomatic leverage',
  'the treaty obligations',
  'local partners',
  'the humanitarian response',
  'the member states',
  'the minister’s credibility',
];
const QUALIFIERS = [
  '',
  ' in the short term',
  ' unless monitored',
  ' according to the report',
  ' for years to come',
  ' on every reading',
];
const NAMES = [
  'Ministry',
  'Council',
  'Coalition',
  'Institute',
  'Watch',
  'Party',
  'Court',
  'Agency',
  'Forum',
  'Network',
  'Union',
  'Office',
];
const PLACES = [
  'Northern',
  'Federal',
  'European',
  'Regional',
  'National',
  'Civic',
  'Eastern',
  'Western',
  'Central',
  'Free',
];
const KINDS = ['government', 'ngo', 'party', 'court', 'agency', 'media', 'expert'];
const STANCES = ['for', 'against', 'conditional', 'unclear'] as const;

/** A synthetic debate-graph document (plain JSON), `nodes` graph nodes strong. */
export function syntheticDebate(options: SyntheticOptions): Record<string, unknown> {
  const { nodes, seed = 1, maxEdges = DEFAULT_LIMITS.maxEdges } = options;
  const counts = syntheticCounts(nodes);
  const { random, pick } = seededPick(seed);
  const one = <T>(list: readonly T[]): T => list[pick(list.length)] as T;
  const sentence = () =>
    `${one(SUBJECTS).replace(/^./, (c) => c.toUpperCase())} ${one(VERBS)} ${one(OBJECTS)}${one(QUALIFIERS)}.`;

  const sourceCount = Math.max(3, Math.round(nodes / 100));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${i}`,
    title: `Report ${i + 1} on ${one(SUBJECTS)}`,
    publisher: `${one(PLACES)} ${one(NAMES)}`,
    date: `2026-0${1 + (i % 6)}`,
    url: `https://example.org/reports/${i + 1}`,
  }));
  const evidence = () => [
    { source: `source-${pick(sourceCount)}`, quote: `“${sentence()}” ${sentence()}` },
  ];

  const issues = Array.from({ length: counts.issues }, (_, i) => ({
    id: `issue-${i}`,
    question: `Should ${one(SUBJECTS)} be tied to ${one(OBJECTS)}? (${i + 1})`,
    summary: sentence(),
  }));
  // Positions go round the issues, so every issue has some.
  const positions = Array.from({ length: counts.positions }, (_, i) => ({
    id: `position-${i}`,
    issue: `issue-${i % counts.issues}`,
    statement: sentence(),
  }));
  const positionsByIssue = issues.map((_, issue) =>
    positions.flatMap((__, i) => (i % counts.issues === issue ? [i] : [])),
  );
  const positionsOf = (issue: number) => positionsByIssue[issue] ?? [];

  // Each actor has a home issue; a few belong to an earlier actor (a bloc).
  const home = Array.from({ length: counts.actors }, () => pick(counts.issues));
  const actors = Array.from({ length: counts.actors }, (_, i) => {
    const name = `${one(PLACES)} ${one(NAMES)} ${i + 1}`;
    return {
      id: `actor-${i}`,
      name,
      ...(pick(3) === 0 && { shortName: `A${i + 1}` }),
      kind: one(KINDS),
      summary: sentence(),
      ...(i > 0 && pick(10) === 0 && { memberOf: `actor-${pick(i)}` }),
    };
  });

  // Two to five stances each, mostly on the home issue's positions; one per pair.
  const stances: Record<string, unknown>[] = [];
  actors.forEach((actor, i) => {
    const taken = new Set<number>();
    const wanted = 2 + pick(4);
    for (let tries = 0; taken.size < wanted && tries < wanted * 3; tries += 1) {
      const issue = random() < 0.7 ? (home[i] ?? 0) : pick(counts.issues);
      const options = positionsOf(issue);
      const position = options.length ? one(options) : pick(counts.positions);
      if (taken.has(position)) continue;
      taken.add(position);
      stances.push({
        actor: actor.id,
        position: `position-${position}`,
        stance: one(STANCES),
        summary: sentence(),
        evidence: evidence(),
      });
    }
  });

  // Arguments join an issue's cluster: a position of it, or an argument already in it
  // (chains), now and then a later one (so cycles occur). Never themselves.
  const argumentIssue: number[] = [];
  const argumentsOfIssue: number[][] = Array.from({ length: counts.issues }, () => []);
  for (let i = 0; i < counts.arguments; i += 1) {
    const issue = pick(counts.issues);
    argumentIssue.push(issue);
    argumentsOfIssue[issue]?.push(i);
  }
  const actorsOfIssue: number[][] = Array.from({ length: counts.issues }, () => []);
  home.forEach((issue, actor) => actorsOfIssue[issue]?.push(actor));
  const args = argumentIssue.map((issue, i) => {
    const siblings = argumentsOfIssue[issue] ?? [];
    const earlier = siblings.filter((j) => j < i);
    let target: string;
    const roll = random();
    if (roll < 0.55 && earlier.length) target = `argument-${one(earlier)}`;
    else if (roll < 0.6 && siblings.length > 1) {
      const other = one(siblings.filter((j) => j !== i));
      target = `argument-${other}`;
    } else {
      const options = positionsOf(issue);
      target = `position-${options.length ? one(options) : pick(counts.positions)}`;
    }
    const local = actorsOfIssue[issue] ?? [];
    const makers = pick(3);
    const by = new Set<string>();
    for (let k = 0; k < makers; k += 1)
      by.add(`actor-${local.length && random() < 0.8 ? one(local) : pick(counts.actors)}`);
    return {
      id: `argument-${i}`,
      claim: sentence(),
      ...(pick(4) === 0 && { text: `${sentence()} ${sentence()}` }),
      target,
      relation: pick(2) === 0 ? 'supports' : 'attacks',
      by: [...by],
      evidence: evidence(),
    };
  });

  const members = actors.filter((actor) => 'memberOf' in actor).length;
  const links = () =>
    positions.length +
    stances.length +
    args.length +
    members +
    args.reduce((sum, arg) => sum + arg.by.length, 0);
  for (let over = links() - maxEdges, i = args.length - 1; over > 0 && i >= 0; i -= 1) {
    const arg = args[i]!;
    const dropped = Math.min(over, arg.by.length);
    arg.by = arg.by.slice(0, arg.by.length - dropped);
    over -= dropped;
  }

  return debateDocument(
    {
      id: `synthetic-${nodes}-${seed}`,
      title: `A synthetic debate of ${nodes.toLocaleString('en')} nodes`,
      summary: 'Made by the benchmark’s seeded generator; the text is filler, the shape is real.',
      notes: 'Synthetic: not a real debate.',
    },
    { issues, actors, positions, stances, arguments: args, sources },
  );
}
