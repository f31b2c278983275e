// The class's spread: how many pasted codes gave each answer to each position. Codes
// carry no names, so the counts are anonymous by construction.
import type { Debate, PositionId } from './model';
import type { Answer, StandAnswers } from './stand-match';

export interface PositionSpread {
  readonly counts: Readonly<Record<Answer, number>>;
  /** Codes that left the position unanswered. */
  readonly unanswered: number;
  /** Codes that said it matters more to them. */
  readonly matters: number;
}

export function classSpread(
  debate: Debate,
  codes: readonly StandAnswers[],
): ReadonlyMap<PositionId, PositionSpread> {
  const spread = new Map<PositionId, PositionSpread>();
  for (const position of debate.positions) {
    const counts: Record<Answer, number> = { agree: 0, partly: 0, disagree: 0, none: 0 };
    let unanswered = 0;
    let matters = 0;
    for (const answers of codes) {
      const given = answers.get(position.id);
      if (!given) unanswered++;
      else {
        counts[given.answer]++;
        if (given.matters) matters++;
      }
    }
    spread.set(position.id, { counts, unanswered, matters });
  }
  return spread;
}
