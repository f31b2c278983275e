import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groundedStatus,
  updatedStatus,
  whatIfStatus,
  type ArgumentStatus,
  type StatusOptions,
  type StatusResult,
} from '../../src/domain/argument-status';
import type { ActorId, ArgumentId, Debate } from '../../src/domain/model';
import { loadDebateValue } from '../../src/loader/load-debate';
import { loadFixture } from '../fixtures/load';
import { smallDebate } from '../fixtures/small-debate';

/**
 * One argument: `[id, target]` means `id` attacks `target` ('p' is the one position,
 * anything else another argument); a third item may make it a support, a fourth names
 * its actors ('x' or 'y').
 */
type ArgSpec = readonly [
  id: string,
  target: string,
  relation?: 'attacks' | 'supports',
  by?: readonly string[],
];

/** A minimal valid debate whose arguments are the compact list given, in that order. */
function frameworkDoc(specs: readonly ArgSpec[]) {
  return {
    format: 'debate-graph',
    version: 1,
    meta: { id: 'af', title: 'AF', summary: 'Argument framework', language: 'en', updated: '2026' },
    issues: [{ id: 'i', question: 'Q?', summary: 'Q.' }],
    positions: [{ id: 'p', issue: 'i', statement: 'P.' }],
    actors: [
      { id: 'x', name: 'X', kind: 'group', summary: 'X.' },
      { id: 'y', name: 'Y', kind: 'group', summary: 'Y.' },
    ],
    stances: [],
    arguments: specs.map(([id, target, relation = 'attacks', by = []]) => ({
      id,
      claim: `Claim ${id}`,
      target,
      relation,
      by: [...by],
      evidence: [{ source: 's', quote: 'Quote.' }],
    })),
    sources: [{ id: 's', title: 'Source' }],
  };
}

const framework = (specs: readonly ArgSpec[]) => loadFixture(frameworkDoc(specs));
const argIds = (...ids: string[]) => new Set(ids as ArgumentId[]);
const actorIds = (...ids: string[]) => new Set(ids as ActorId[]);

/** The statuses as a plain object, for readable expectations. */
function statuses(debate: Debate, options?: StatusOptions): Record<string, ArgumentStatus> {
  return Object.fromEntries(groundedStatus(debate, options).status);
}

function reasonOf(debate: Debate, id: string, options?: StatusOptions): string {
  return groundedStatus(debate, options).reason.get(id as ArgumentId) ?? '';
}

describe('grounded status: textbook cases', () => {
  it('an unattacked argument stands', () => {
    const debate = framework([['a', 'p']]);
    const result = groundedStatus(debate);
    expect(Object.fromEntries(result.status)).toEqual({ a: 'stands' });
    expect(result.reason.get('a' as ArgumentId)).toBe('stands: nothing attacks it');
    expect(result.attackers.get('a' as ArgumentId)).toEqual([]);
  });

  it('a chain a ← b ← c: c stands, b is defeated, a stands again', () => {
    const debate = framework([
      ['a', 'p'],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    const result = groundedStatus(debate);
    expect(Object.fromEntries(result.status)).toEqual({
      a: 'stands',
      b: 'defeated',
      c: 'stands',
    });
    expect(Object.fromEntries(result.attackers)).toEqual({ a: ['b'], b: ['c'], c: [] });
    expect(result.reason.get('c' as ArgumentId)).toBe('stands: nothing attacks it');
    expect(result.reason.get('b' as ArgumentId)).toBe(
      'defeated: attacked by “Claim c”, which stands',
    );
    expect(result.reason.get('a' as ArgumentId)).toBe(
      'stands: its only attacker, “Claim b”, is itself defeated',
    );
  });

  it('an even cycle a ↔ b leaves both undecided', () => {
    const debate = framework([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(statuses(debate)).toEqual({ a: 'undecided', b: 'undecided' });
    expect(reasonOf(debate, 'a')).toMatch(/^undecided: caught in a cycle of attacks/);
    expect(reasonOf(debate, 'a')).toContain('among 2 arguments');
    expect(reasonOf(debate, 'a')).toContain('even cycle');
  });

  it('an odd cycle a → b → c → a leaves all undecided', () => {
    const debate = framework([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
    ]);
    expect(statuses(debate)).toEqual({ a: 'undecided', b: 'undecided', c: 'undecided' });
    for (const id of ['a', 'b', 'c']) {
      expect(reasonOf(debate, id)).toMatch(/^undecided: caught in a cycle of attacks/);
      expect(reasonOf(debate, id)).toContain('odd cycle');
    }
  });

  it('an unattacked attacker breaks an even cycle: d stands, a is defeated, b stands', () => {
    const debate = framework([
      ['a', 'b'],
      ['b', 'a'],
      ['d', 'a'],
    ]);
    expect(statuses(debate)).toEqual({ a: 'defeated', b: 'stands', d: 'stands' });
    expect(groundedStatus(debate).attackers.get('a' as ArgumentId)).toEqual(['b', 'd']);
    // The reason names d, which settled it, not b, which stands only because a falls.
    expect(reasonOf(debate, 'a')).toBe(
      'defeated: attacked by “Claim d”, which stands (and by 1 other argument that stands)',
    );
    expect(reasonOf(debate, 'b')).toBe('stands: its only attacker, “Claim a”, is itself defeated');
  });

  it('explains several attackers', () => {
    // a is attacked by b and c, both defeated by d and e; f is attacked by two that stand.
    const debate = framework([
      ['a', 'p'],
      ['b', 'a'],
      ['c', 'a'],
      ['d', 'b'],
      ['e', 'c'],
      ['f', 'p'],
      ['g', 'f'],
      ['h', 'f'],
    ]);
    expect(statuses(debate)).toMatchObject({ a: 'stands', b: 'defeated', c: 'defeated' });
    expect(reasonOf(debate, 'a')).toBe(
      'stands: every argument attacking it (2) is itself defeated',
    );
    expect(reasonOf(debate, 'f')).toBe(
      'defeated: attacked by “Claim g”, which stands (and by 1 other argument that stands)',
    );
  });

  it('a self-attack cannot happen: the loader refuses it', () => {
    const result = loadDebateValue(frameworkDoc([['a', 'a']]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((p) => p.code)).toContain('self-target');
  });

  it('supports are not attacks, nor are attacks on positions', () => {
    const debate = framework([
      ['a', 'p'],
      ['b', 'a', 'supports'],
      ['c', 'p', 'supports'],
    ]);
    const result = groundedStatus(debate);
    expect(Object.fromEntries(result.status)).toEqual({ a: 'stands', b: 'stands', c: 'stands' });
    expect(result.attackers.get('a' as ArgumentId)).toEqual([]);
  });

  it('handles the small fixture: subsidy defeats cost-burden, so equality stands', () => {
    const debate = loadFixture(smallDebate());
    expect(statuses(debate)).toEqual({
      equality: 'stands',
      'cost-burden': 'defeated',
      subsidy: 'stands',
    });
  });

  it('handles a long chain and a long cycle without recursion', () => {
    const n = 4_000;
    const chain = framework(
      Array.from({ length: n }, (_, i): ArgSpec => [`c${i}`, i === 0 ? 'p' : `c${i - 1}`]),
    );
    const chainStatus = groundedStatus(chain).status;
    // The last one is unattacked and stands; from there they alternate down to c0.
    expect(chainStatus.get(`c${n - 1}` as ArgumentId)).toBe('stands');
    expect(chainStatus.get(`c${n - 2}` as ArgumentId)).toBe('defeated');
    expect(chainStatus.get('c0' as ArgumentId)).toBe((n - 1) % 2 === 0 ? 'stands' : 'defeated');

    const cycle = framework(
      Array.from({ length: n }, (_, i): ArgSpec => [`c${i}`, `c${(i + 1) % n}`]),
    );
    const cycleResult = groundedStatus(cycle);
    expect(new Set(cycleResult.status.values())).toEqual(new Set(['undecided']));
    expect(cycleResult.reason.get('c0' as ArgumentId)).toContain(
      // The count in the reader's number format ("4,000" in English).
      `among ${n.toLocaleString('en')} arguments`,
    );
    expect(cycleResult.reason.get('c0' as ArgumentId)).toContain('even cycle');
  });
});

describe('grounded status: what-if switches', () => {
  const chain = framework([
    ['a', 'p', 'attacks', ['x']],
    ['b', 'a', 'attacks', ['x', 'y']],
    ['c', 'b', 'attacks', ['y']],
  ]);

  it('withdrawing an argument takes it out and recomputes the rest', () => {
    const options = { withdrawnArguments: argIds('c') };
    const result = groundedStatus(chain, options);
    expect(Object.fromEntries(result.status)).toEqual({ a: 'defeated', b: 'stands' });
    expect(result.reason.has('c' as ArgumentId)).toBe(false);
    expect(result.attackers.has('c' as ArgumentId)).toBe(false);
    expect(result.attackers.get('b' as ArgumentId)).toEqual([]);
    expect(result.reason.get('b' as ArgumentId)).toBe('stands: nothing attacks it');
  });

  it('withdrawing an actor removes the arguments only it makes', () => {
    // c is made by y alone: gone. b is made by x and y: stays.
    expect(statuses(chain, { withdrawnActors: actorIds('y') })).toEqual({
      a: 'defeated',
      b: 'stands',
    });
    // Both actors withdrawn: everything goes.
    expect(statuses(chain, { withdrawnActors: actorIds('x', 'y') })).toEqual({});
  });

  it('an argument with no named actor stays when actors are withdrawn', () => {
    const debate = framework([
      ['a', 'p', 'attacks', ['x']],
      ['b', 'a', 'attacks', []],
    ]);
    expect(statuses(debate, { withdrawnActors: actorIds('x', 'y') })).toEqual({ b: 'stands' });
  });

  it('empty switches change nothing', () => {
    expect(statuses(chain, { withdrawnArguments: argIds(), withdrawnActors: actorIds() })).toEqual(
      statuses(chain),
    );
  });
});

/** The textbook fixpoint, by repeated full scans: the reference to check against. */
function naiveGrounded(
  ids: readonly string[],
  attacks: readonly (readonly [string, string])[],
): Record<string, ArgumentStatus> {
  const label = new Map<string, ArgumentStatus>(ids.map((id) => [id, 'undecided']));
  const attackersOf = (id: string) => attacks.filter(([, t]) => t === id).map(([a]) => a);
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of ids) {
      if (label.get(id) !== 'undecided') continue;
      const by = attackersOf(id);
      if (by.every((a) => label.get(a) === 'defeated')) label.set(id, 'stands');
      else if (by.some((a) => label.get(a) === 'stands')) label.set(id, 'defeated');
      else continue;
      changed = true;
    }
  }
  return Object.fromEntries(label);
}

/** A random framework: each argument attacks or supports the position or another argument. */
const arbitraryFramework = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(
        fc.record({
          target: fc.integer({ min: -1, max: n - 2 }),
          supports: fc.nat(3).map((k) => k === 0), // mostly attacks, so cycles are common
          by: fc.subarray(['x', 'y']),
        }),
        { minLength: n, maxLength: n },
      ),
      fc.subarray(Array.from({ length: n }, (_, i) => `g${i}`)),
      fc.subarray(['x', 'y']),
    ),
  )
  .map(([n, rows, withdrawnArguments, withdrawnActors]) => ({
    n,
    specs: rows.map(({ target, supports, by }, i): ArgSpec => {
      // -1 is the position; otherwise skip over the argument itself.
      const t = target < 0 ? 'p' : `g${target >= i ? target + 1 : target}`;
      return [`g${i}`, t, supports ? 'supports' : 'attacks', by];
    }),
    withdrawnArguments,
    withdrawnActors,
  }));

describe('grounded status properties', () => {
  it('is conflict-free, defended, matches the textbook fixpoint and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryFramework, ({ specs, withdrawnArguments, withdrawnActors }) => {
        const debate = framework(specs);
        const options: StatusOptions = {
          withdrawnArguments: argIds(...withdrawnArguments),
          withdrawnActors: actorIds(...withdrawnActors),
        };
        const result = groundedStatus(debate, options);
        const { status, attackers, reason } = result;

        // Which arguments remain, by the rule the options describe.
        const remaining = specs.filter(
          ([id, , , by = []]) =>
            !withdrawnArguments.includes(id) &&
            !(by.length > 0 && by.every((a) => withdrawnActors.includes(a))),
        );
        const ids = remaining.map(([id]) => id);
        expect([...status.keys()]).toEqual(ids);
        expect([...reason.keys()]).toEqual(ids);
        expect([...attackers.keys()]).toEqual(ids);
        const kept = new Set(ids);
        const attacks = remaining
          .filter(([, target, relation]) => relation === 'attacks' && kept.has(target))
          .map(([id, target]) => [id, target] as const);

        for (const [id, s] of status) {
          const by = attackers.get(id) ?? [];
          expect([...by].sort()).toEqual(
            attacks
              .filter(([, t]) => t === id)
              .map(([a]) => a)
              .sort(),
          );
          const byStatus = by.map((a) => status.get(a));
          if (s === 'stands') {
            // Conflict-free, and every attacker of a standing argument is defeated.
            expect(byStatus.every((b) => b === 'defeated')).toBe(true);
            expect(reason.get(id)).toMatch(/^stands: /);
          } else if (s === 'defeated') {
            expect(byStatus).toContain('stands');
            expect(reason.get(id)).toMatch(/^defeated: attacked by “.*”, which stands/);
          } else {
            expect(byStatus).not.toContain('stands');
            expect(byStatus).toContain('undecided');
            expect(reason.get(id)).toMatch(/^undecided: /);
          }
        }
        // No two standing arguments attack each other (checked edge by edge too).
        for (const [a, t] of attacks)
          expect(
            status.get(a as ArgumentId) === 'stands' && status.get(t as ArgumentId) === 'stands',
          ).toBe(false);

        expect(Object.fromEntries(status)).toEqual(naiveGrounded(ids, attacks));

        // Deterministic: the same call again, and a reordered document, agree.
        const again = groundedStatus(debate, options);
        expect([...again.status]).toEqual([...status]);
        expect([...again.reason]).toEqual([...reason]);
        expect([...again.attackers]).toEqual([...attackers]);
        const reversed = groundedStatus(framework([...specs].reverse()), options);
        expect(Object.fromEntries(reversed.status)).toEqual(Object.fromEntries(status));
      }),
      { numRuns: 1000 },
    );
  });
});

/** A result as plain entry lists, order included, for exact comparison. */
const entries = (result: StatusResult) => ({
  status: [...result.status],
  reason: [...result.reason],
  attackers: [...result.attackers],
});

/** A run of what-if switches: each step is the set of claims and of actors taken out then. */
const arbitrarySwitches = arbitraryFramework.chain((frame) =>
  fc.tuple(
    fc.constant(frame),
    fc.array(
      fc.tuple(
        fc.subarray(Array.from({ length: frame.n }, (_, i) => `g${i}`)),
        fc.subarray(['x', 'y']),
      ),
      { minLength: 1, maxLength: 8 },
    ),
  ),
);

describe('what-if updates', () => {
  it('always equal working everything out again, switch after switch', () => {
    fc.assert(
      fc.property(arbitrarySwitches, ([{ specs }, steps]) => {
        const debate = framework(specs);
        let previous: StatusResult | undefined;
        for (const [claims, actors] of steps) {
          const options = {
            withdrawnArguments: argIds(...claims),
            withdrawnActors: actorIds(...actors),
          };
          previous = updatedStatus(previous, debate, options);
          expect(entries(previous)).toEqual(entries(groundedStatus(debate, options)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('defeats an argument whose standing attacker lies outside the switch, however early its other attackers fall', () => {
    // w comes to stand at stage 2 (a, then c, then w); e and f, both Y's, come back at
    // once, and f falls at stage 0. t must wait for w's defeat, not stand at stage 1.
    // (Found by the property above: an update once let t stand.)
    const specs: ArgSpec[] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'w'],
      ['w', 't'],
      ['t', 'p'],
      ['e', 'f', 'attacks', ['y']],
      ['f', 't', 'attacks', ['y']],
    ];
    const debate = framework(specs);
    const without = updatedStatus(undefined, debate, { withdrawnActors: actorIds('y') });
    const back = updatedStatus(without, debate);
    expect(back.status.get('t' as ArgumentId)).toBe('defeated');
    expect(entries(back)).toEqual(entries(groundedStatus(debate)));
  });

  it('keeps what the switch cannot reach, and starts again for another debate', () => {
    // c attacks b, b attacks a; d stands apart and attacks nothing.
    const specs: ArgSpec[] = [
      ['a', 'p'],
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'p', 'supports'],
    ];
    const debate = framework(specs);
    const first = whatIfStatus(debate);
    const next = whatIfStatus(debate, { withdrawnArguments: argIds('c') });
    expect(statuses(debate, { withdrawnArguments: argIds('c') })).toEqual({
      a: 'defeated',
      b: 'stands',
      d: 'stands',
    });
    expect(Object.fromEntries(next.status)).toEqual({ a: 'defeated', b: 'stands', d: 'stands' });
    // Upstream of nothing that changed: the very same attackers list, not a new one.
    expect(next.attackers.get('d' as ArgumentId)).toBe(first.attackers.get('d' as ArgumentId));
    expect(whatIfStatus(debate, { withdrawnArguments: argIds('c') })).toBe(next);
    const other = framework(specs);
    expect(entries(updatedStatus(next, other))).toEqual(entries(groundedStatus(other)));
  });
});
