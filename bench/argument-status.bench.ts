// How fast grounded semantics runs on large synthetic argument frameworks.
//
// In the format every argument has exactly one target, so an argument makes at most one
// attack: a framework of N arguments holds at most N attacks. The brief's "5,000
// arguments with ~4 attacks each" is read as ~4 attackers per attacked argument (5,000
// attacks in all); a second framework reaches 20,000 attacks with 25,000 arguments,
// loaded with raised limits. The debates are built once, outside the timed code, with a
// seeded generator so every run measures the same graphs.
import { bench, describe } from 'vitest';
import { groundedStatus, updatedStatus, type StatusResult } from '../src/domain/argument-status';
import type { ActorId, ArgumentId, Debate } from '../src/domain/model';
import { loadDebateText } from '../src/loader/load-debate';
import { stressCorpus } from '../tests/fixtures/hostile/corpus';
import { loadDebateValue } from '../src/loader/load-debate';
import { DEFAULT_LIMITS } from '../src/loader/limits';
import { seededPick } from './seeded-random';

const ACTORS = 20;

/**
 * A debate of `count` arguments. `targetOf(i, pick)` names the argument that argument i
 * attacks, or null for one that supports or attacks the position instead; `pick(n)` is
 * the seeded choice of a number in [0, n).
 */
function syntheticDebate(
  count: number,
  seed: number,
  targetOf: (i: number, pick: (n: number) => number) => number | null,
): Debate {
  const { pick } = seededPick(seed);
  const args = Array.from({ length: count }, (_, i) => {
    const t = targetOf(i, pick);
    return {
      id: `g${i}`,
      claim: `Claim ${i}`,
      target: t === null ? 'p' : `g${t}`,
      relation: t === null && pick(2) === 0 ? 'supports' : 'attacks',
      by: [`a${pick(ACTORS)}`],
      evidence: [{ source: 's', quote: 'Quote.' }],
    };
  });
  const doc = {
    format: 'debate-graph',
    version: 1,
    meta: { id: 'bench', title: 'Bench', summary: 'Synthetic', language: 'en', updated: '2026' },
    issues: [{ id: 'i', question: 'Q?', summary: 'Q.' }],
    positions: [{ id: 'p', issue: 'i', statement: 'P.' }],
    actors: Array.from({ length: ACTORS }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: 'group',
      summary: 'An actor.',
    })),
    stances: [],
    arguments: args,
    sources: [{ id: 's', title: 'Source' }],
  };
  const result = loadDebateValue(doc, {
    ...DEFAULT_LIMITS,
    maxBytes: 50 * 1024 * 1024,
    maxNodes: 30_000,
    maxEdges: 100_000,
  });
  if (!result.ok) throw new Error(result.errors.map((p) => p.message).join('\n'));
  return result.debate;
}

/** Any argument among the first `among` but i itself, chosen at random. */
const other = (i: number, among: number, pick: (n: number) => number) => {
  const t = pick(among - 1);
  return t >= i ? t + 1 : t;
};

// 5,000 arguments, every one attacking one of the first 1,250: ~4 attackers each.
const dense = syntheticDebate(5_000, 1, (i, pick) => other(i, 1_250, pick));
// 5,000 arguments, 90% attacking any other argument: long chains, a few cycles.
const spread = syntheticDebate(5_000, 2, (i, pick) =>
  pick(10) === 0 ? null : other(i, 5_000, pick),
);
// 5,000 arguments in rings of 2 to 7, each attacking the next round its ring, and 500
// more attacking into them: many stay undecided, so the cycle analysis runs in full.
const ringTarget: number[] = [];
for (let start = 0, k = 0; start < 5_000; start += 2 + (k++ % 6)) {
  const size = Math.min(2 + (k % 6), 5_000 - start);
  for (let j = 0; j < size; j++) ringTarget.push(size > 1 ? start + ((j + 1) % size) : start - 1);
}
const rings = syntheticDebate(5_500, 3, (i, pick) => ringTarget[i] ?? pick(5_000));
// 25,000 arguments, 80% of them attacking another: ~20,000 attacks.
const large = syntheticDebate(25_000, 4, (i, pick) =>
  pick(5) === 0 ? null : other(i, 25_000, pick),
);
const withdrawnActors = new Set(['a0', 'a1', 'a2'] as ActorId[]);

describe('groundedStatus', () => {
  bench('5,000 arguments, ~4 attackers per attacked argument', () => {
    groundedStatus(dense);
  });
  bench('5,000 arguments, ~4,500 attacks at random', () => {
    groundedStatus(spread);
  });
  bench('5,000 arguments, 3 of 20 actors withdrawn', () => {
    groundedStatus(spread, { withdrawnActors });
  });
  bench('5,500 arguments, most in cycles of attacks', () => {
    groundedStatus(rings);
  });
  bench('25,000 arguments, ~20,000 attacks', () => {
    groundedStatus(large);
  });
});

// A what-if switch on the hostile corpus's 3,000 arguments (issue 20): withdrawing one
// top-level claim and putting it back, from scratch each time, and updated from the
// previous switch (only the arguments that claim's attacks reach are labelled again).
const manyText = stressCorpus()
  .find((c) => c.fileName === 'many-arguments.json')!
  .text();
const manyLoaded = loadDebateText(manyText);
if (!manyLoaded.ok) throw new Error('many-arguments.json did not load');
const many = manyLoaded.debate;
const switched = new Set(['arg-1'] as ArgumentId[]);
const switches = [{ withdrawnArguments: switched }, {}];

describe('a what-if switch, 3,000 arguments', () => {
  let turn = 0;
  bench('worked out again for every argument', () => {
    groundedStatus(many, switches[turn++ % 2]);
  });
  let previous: StatusResult | undefined;
  bench('updated from the previous switch', () => {
    previous = updatedStatus(previous, many, switches[turn++ % 2]);
  });
});
