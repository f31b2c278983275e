// A first comparison worth making, for a reader who has chosen no actor yet.
import { compareActors } from './comparison';
import type { ActorId, Debate } from './model';

export interface SuggestedPair {
  readonly actors: readonly [ActorId, ActorId];
  /** Positions where one is for and the other against. */
  readonly disagree: number;
}

/**
 * The two actors who disagree on most positions (ties: the pair with more positions
 * where both take a stance, then debate order); null when no two actors clash.
 */
export function mostOpposedPair(debate: Debate): SuggestedPair | null {
  const actors = debate.actors.filter((a) => debate.index.stancesOfActor.get(a.id)?.length);
  let best: { pair: SuggestedPair; shared: number } | null = null;
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const pair = [actors[i]!.id, actors[j]!.id] as const;
      const { summary } = compareActors(debate, pair);
      const shared = summary.agree + summary.disagree;
      if (
        summary.disagree > 0 &&
        (!best ||
          summary.disagree > best.pair.disagree ||
          (summary.disagree === best.pair.disagree && shared > best.shared))
      )
        best = { pair: { actors: pair, disagree: summary.disagree }, shared };
    }
  }
  return best?.pair ?? null;
}
