// How fast grounded semantics runs on large synthetic argument frameworks.
//
// In the format every argument has exactly one target, so an argument makes at most one
// attack: a framework of N arguments holds at most N attacks. The brief's "5,000
// arguments with ~4 attacks each" is read as ~4 attackers per attacked argument (5,000
// attacks in all); a second framework reaches 20,000 attacks with 25,000 arguments,
// loaded with raised limits. The debates are built once, outside the timed code, with a
// seeded generator so every run measures the same graphs.
import { bench, describe } from 'vitest';
import { groundedStatus } from '../src/domain/argument-status';
import type { ActorId, Debate } from '../src/domain/model';
import { loadDebateValue } from '../src/loader/load-debate';
import { DEFAULT_LIMITS } from '../src/loader/limits';

/** mulberry32: a small, seeded, deterministic generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = 20;

/**
 * A debate of `count` arguments. A share `attackShare` of them attack another argument,
 * chosen among the first `targets` arguments (fewer targets, more attackers each); the
 * rest support or attack the one position.
 */
function syntheticDebate(
  count: number,
  options: { attackShare: number; targets: number; seed: number },
): Debate {
  const random = generator(options.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const args = Array.from({ length: count }, (_, i) => {
    let target = 'p';
    if (random() < options.attackShare) {
      const t = pick(options.targets - 1);
      target = `g${t >= i ? t + 1 : t}`; // never itself
    }
    return {
      id: `g${i}`,
      claim: `Claim ${i}`,
      target,
      relation: target === 'p' && random() < 0.5 ? 'supports' : 'attacks',
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

// 5,000 arguments, every one attacking one of the first 1,250: ~4 attackers each.
const dense = syntheticDebate(5_000, { attackShare: 1, targets: 1_250, seed: 1 });
// 5,000 arguments, 90% attacking any other argument: long chains and cycles.
const spread = syntheticDebate(5_000, { attackShare: 0.9, targets: 5_000, seed: 2 });
// 25,000 arguments, 80% of them attacking: 20,000 attacks.
const large = syntheticDebate(25_000, { attackShare: 0.8, targets: 25_000, seed: 3 });
const withdrawnActors = new Set(['a0', 'a1', 'a2'] as ActorId[]);

describe('groundedStatus', () => {
  bench('5,000 arguments, ~4 attackers per attacked argument', () => {
    groundedStatus(dense);
  });
  bench('5,000 arguments, 4,500 attacks at random', () => {
    groundedStatus(spread);
  });
  bench('5,000 arguments, 3 of 20 actors withdrawn', () => {
    groundedStatus(spread, { withdrawnActors });
  });
  bench('25,000 arguments, 20,000 attacks', () => {
    groundedStatus(large);
  });
});
