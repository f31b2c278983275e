// Complementary positions and the stances that mirror each other across them.
//
// Two positions are complementary when one names the other as `complementOf`: being for
// one amounts to being against the other ("hold the talks" and "no talks"). An actor that
// is for the first and against the second has said one thing twice. Counting both would
// double its weight in comparisons and agreement scores, so each pair counts once: the
// pair's first position in debate order is its primary, and a stance on the other
// position that mirrors the same actor's stance on the primary is a *mirror stance*,
// shown where it belongs but not counted again.
import type { ActorId, Debate, PositionId, Stance, StanceValue } from './model';

/** True for 'for' beside 'against', either way round: the same view on a complementary pair. */
export function mirrors(a: StanceValue, b: StanceValue): boolean {
  return (a === 'for' && b === 'against') || (a === 'against' && b === 'for');
}

/** For each secondary position of a complementary pair, its primary (the earlier one). */
export function primaryOfPosition(debate: Debate): ReadonlyMap<PositionId, PositionId> {
  const order = new Map<PositionId, number>();
  debate.positions.forEach((p, i) => order.set(p.id, i));
  const primary = new Map<PositionId, PositionId>();
  for (const position of debate.positions) {
    const other = position.complementOf;
    if (other === undefined || !order.has(other) || other === position.id) continue;
    const [first, second] =
      (order.get(other) ?? 0) < (order.get(position.id) ?? 0)
        ? [other, position.id]
        : [position.id, other];
    if (!primary.has(second)) primary.set(second, first);
  }
  return primary;
}

export interface MirrorStance {
  /** The stance on the secondary position, not counted again. */
  readonly stance: Stance;
  /** The same actor's stance on the primary position, which is counted. */
  readonly of: Stance;
}

/** Every mirror stance in the debate, in stance order. */
export function mirrorStances(debate: Debate): MirrorStance[] {
  const primary = primaryOfPosition(debate);
  const found: MirrorStance[] = [];
  for (const stance of debate.stances) {
    const first = primary.get(stance.position);
    if (first === undefined) continue;
    const of = debate.index.stancesOfActor
      .get(stance.actor)
      ?.find((s) => s.position === first && mirrors(s.stance, stance.stance));
    if (of) found.push({ stance, of });
  }
  return found;
}

type MirrorTest = (actor: ActorId, position: PositionId) => boolean;

/** Debates without complementary positions, the usual case, share this answer. */
const NEVER: MirrorTest = () => false;
const tests = new WeakMap<Debate, MirrorTest>();

/**
 * A test for "is this the mirror stance of its actor on this position?", built once per
 * debate: agreement scores ask it for every pair of actors.
 */
export function mirrorTest(debate: Debate): MirrorTest {
  let test = tests.get(debate);
  if (!test) {
    const found = mirrorStances(debate);
    const byActor = new Map<ActorId, Set<PositionId>>();
    for (const { stance } of found) {
      let set = byActor.get(stance.actor);
      if (!set) byActor.set(stance.actor, (set = new Set()));
      set.add(stance.position);
    }
    test = found.length ? (actor, position) => byActor.get(actor)?.has(position) ?? false : NEVER;
    tests.set(debate, test);
  }
  return test;
}
