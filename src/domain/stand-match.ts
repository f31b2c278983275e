// "Where do you stand?": how close each actor is to a student's answers.
//
// The method is the city-block matching of the EU&I voting advice application, in the
// open so that a student can check every number:
//   - the student's answer and the actor's stance go on one scale: Agree / for = 100,
//     Partly / conditional = 50, Disagree / against = 0;
//   - "No opinion" drops the position; an unclear stance, or none, drops the position
//     for that actor only;
//   - on each position both have a view on, the distance is the gap between the two
//     (0, 50 or 100), counted twice where the student said it matters more to them;
//   - agreement = 100 % × (1 − total distance ÷ largest possible total distance), the
//     largest possible being 100 per compared position (200 where it counts twice).
// An actor compared on too few positions (fewer than MIN_COMPARED, or than the student
// answered if that is less) is shown apart and not ranked: one shared position would
// otherwise put it at the top, or the bottom, by accident.
import type {
  ActorNode,
  Debate,
  IssueId,
  PositionId,
  PositionNode,
  Stance,
  StanceValue,
} from './model';

export const ANSWERS = ['agree', 'partly', 'disagree', 'none'] as const;
/** A student's answer to a position; 'none' is "No opinion". */
export type Answer = (typeof ANSWERS)[number];

export interface PositionAnswer {
  readonly answer: Answer;
  /** "This matters more to me": the position counts twice. */
  readonly matters: boolean;
}

/** Answers by position; a position the student has not reached has no entry. */
export type StandAnswers = ReadonlyMap<PositionId, PositionAnswer>;

/** Where each answer and each stance sits on the common scale; null: left out. */
export const ANSWER_SCORE: Readonly<Record<Answer, number | null>> = {
  agree: 100,
  partly: 50,
  disagree: 0,
  none: null,
};
export const STANCE_SCORE: Readonly<Record<StanceValue, number | null>> = {
  for: 100,
  conditional: 50,
  against: 0,
  unclear: null,
};

export const MATTERS_WEIGHT = 2;
/** Below this many compared positions an actor is shown apart, not ranked. */
export const MIN_COMPARED = 3;

/** Why a position the student answered does or does not count for an actor. */
export type RowStatus = 'compared' | 'no-stance' | 'unclear';

export interface MatchRow {
  readonly position: PositionNode;
  readonly answer: Answer;
  readonly weight: number;
  readonly stance: Stance | null;
  readonly status: RowStatus;
  /** |student − actor| on the 0–100 scale, before weighting; null unless compared. */
  readonly gap: number | null;
}

export interface ActorMatch {
  readonly actor: ActorNode;
  /** Agreement in whole per cent. */
  readonly percent: number;
  /** Positions compared (both have a view on them). */
  readonly compared: number;
  /** Weighted distance and the largest it could have been. */
  readonly distance: number;
  readonly maxDistance: number;
  /** One row per position the student gave a view on, in debate order. */
  readonly rows: readonly MatchRow[];
}

export interface StandResult {
  /** Positions with any answer, "No opinion" included. */
  readonly answered: number;
  /** Positions that count: answered with Agree, Partly or Disagree. */
  readonly counted: number;
  /** Of those, how many count twice. */
  readonly weighted: number;
  /** How many compared positions an actor needs to be ranked. */
  readonly needed: number;
  /** Actors compared on at least `needed` positions, closest first. */
  readonly ranked: readonly ActorMatch[];
  /** Actors compared on 1 to `needed − 1` positions: shown apart, not ranked. */
  readonly apart: readonly ActorMatch[];
  /** Actors with no stance to compare on any counted position. */
  readonly uncompared: readonly ActorNode[];
}

/** The positions in debate order, grouped by issue; only `issue` when one is given. */
export function positionsByIssue(
  debate: Debate,
  issue: IssueId | null = null,
): { issue: Debate['issues'][number]; positions: readonly PositionNode[] }[] {
  return debate.issues
    .filter((i) => issue === null || i.id === issue)
    .map((i) => ({ issue: i, positions: debate.index.positionsOfIssue.get(i.id) ?? [] }))
    .filter((g) => g.positions.length > 0);
}

function matchActor(
  debate: Debate,
  actor: ActorNode,
  counted: readonly (PositionAnswer & { position: PositionNode })[],
): ActorMatch {
  const stances = new Map<PositionId, Stance>();
  for (const s of debate.index.stancesOfActor.get(actor.id) ?? []) stances.set(s.position, s);
  let distance = 0;
  let maxDistance = 0;
  let compared = 0;
  const rows = counted.map(({ position, answer, matters }): MatchRow => {
    const weight = matters ? MATTERS_WEIGHT : 1;
    const stance = stances.get(position.id) ?? null;
    const theirs = stance ? STANCE_SCORE[stance.stance] : null;
    const mine = ANSWER_SCORE[answer] ?? 0;
    if (theirs === null) {
      const status = stance ? 'unclear' : 'no-stance';
      return { position, answer, weight, stance, status, gap: null };
    }
    const gap = Math.abs(mine - theirs);
    distance += weight * gap;
    maxDistance += weight * 100;
    compared++;
    return { position, answer, weight, stance, status: 'compared', gap };
  });
  const percent = maxDistance ? Math.round(100 * (1 - distance / maxDistance)) : 0;
  return { actor, percent, compared, distance, maxDistance, rows };
}

/**
 * Every actor's agreement with the answers. Ranked actors come closest first; ties by
 * the number of positions compared (more is surer), then by name.
 */
export function matchActors(debate: Debate, answers: StandAnswers): StandResult {
  const counted: (PositionAnswer & { position: PositionNode })[] = [];
  let answered = 0;
  for (const position of debate.positions) {
    const given = answers.get(position.id);
    if (!given) continue;
    answered++;
    if (ANSWER_SCORE[given.answer] !== null) counted.push({ ...given, position });
  }
  const needed = Math.min(MIN_COMPARED, counted.length);
  const collator = new Intl.Collator(debate.meta.language);
  const ranked: ActorMatch[] = [];
  const apart: ActorMatch[] = [];
  const uncompared: ActorNode[] = [];
  if (counted.length > 0) {
    for (const actor of debate.actors) {
      const match = matchActor(debate, actor, counted);
      if (match.compared === 0) uncompared.push(actor);
      else (match.compared >= needed ? ranked : apart).push(match);
    }
  }
  const order = (a: ActorMatch, b: ActorMatch) =>
    b.percent - a.percent ||
    b.compared - a.compared ||
    collator.compare(a.actor.name, b.actor.name);
  return {
    answered,
    counted: counted.length,
    weighted: counted.filter((c) => c.matters).length,
    needed,
    ranked: ranked.sort(order),
    apart: apart.sort(order),
    uncompared,
  };
}
