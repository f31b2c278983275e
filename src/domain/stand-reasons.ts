// "Where do you stand?", the reasons: which arguments still stand for a student, and
// which actors make or rely on the same ones.
//
// The student marks arguments convincing or not convincing (or skips them). The ones
// found not convincing are withdrawn and the debate's grounded semantics
// (argument-status.ts) is run on what is left: a convincing argument is one of the
// student's reasons only if it still stands there. One that something the student has
// not set aside still defeats is shown as such, not counted.
//
// An argument's conclusion is the position at the top of its chain of targets, and its
// side on that position: supporting a position is "pro", attacking it "con"; supporting
// an argument takes that argument's side, attacking it the other one.
//
// An actor's reasons on a position are the arguments it makes (`by`) there, and those it
// relies on: the arguments that support one of its own, however deep.
import { groundedStatus, type StatusResult } from './argument-status';
import type { Answer, StandAnswers } from './stand-match';
import type {
  ActorNode,
  ArgumentId,
  ArgumentNode,
  Debate,
  NodeId,
  PositionId,
  PositionNode,
  StanceValue,
} from './model';

export type Verdict = 'convincing' | 'not-convincing';
/** Verdicts by argument; a skipped argument has no entry. */
export type StandVerdicts = ReadonlyMap<ArgumentId, Verdict>;

/** Which way a view leans on a position; 'mixed' is Partly, or a conditional stance. */
export type Side = 'pro' | 'con' | 'mixed';

export interface Conclusion {
  readonly position: PositionId;
  /** 'pro' or 'con' only: an argument always leans one way. */
  readonly side: Side;
}

const ANSWER_SIDE: Readonly<Record<Answer, Side | null>> = {
  agree: 'pro',
  partly: 'mixed',
  disagree: 'con',
  none: null,
};
const STANCE_SIDE: Readonly<Record<StanceValue, Side | null>> = {
  for: 'pro',
  conditional: 'mixed',
  against: 'con',
  unclear: null,
};

/** The position an argument is finally about, and on which side; null on a cycle. */
export function conclusionOf(debate: Debate, argument: ArgumentNode): Conclusion | null {
  let flip = false;
  let current: ArgumentNode = argument;
  const seen = new Set<ArgumentId>();
  for (;;) {
    if (seen.has(current.id)) return null;
    seen.add(current.id);
    if (current.relation === 'attacks') flip = !flip;
    const target = debate.index.node.get(current.target as NodeId);
    if (target?.type === 'position') return { position: target.id, side: flip ? 'con' : 'pro' };
    if (target?.type !== 'argument') return null;
    current = target;
  }
}

export interface StudentReasons {
  /** Grounded status with the not-convincing arguments withdrawn. */
  readonly status: StatusResult;
  /** Arguments marked convincing that still stand: the student's reasons. */
  readonly standing: ReadonlySet<ArgumentId>;
}

export function studentReasons(debate: Debate, verdicts: StandVerdicts): StudentReasons {
  const withdrawnArguments = new Set<ArgumentId>();
  for (const [id, verdict] of verdicts)
    if (verdict === 'not-convincing') withdrawnArguments.add(id);
  const status = groundedStatus(debate, { withdrawnArguments });
  const standing = new Set<ArgumentId>();
  for (const [id, verdict] of verdicts)
    if (verdict === 'convincing' && status.status.get(id) === 'stands') standing.add(id);
  return { status, standing };
}

/** Each actor's reasons: what it makes, plus what supports those, however deep. */
export function actorReasons(debate: Debate, actor: ActorNode): ReadonlySet<ArgumentId> {
  const reasons = new Set<ArgumentId>();
  const queue = (debate.index.argumentsByActor.get(actor.id) ?? []).map((a) => a.id);
  // for…of sees what is pushed while it runs: a breadth-first walk down the supports.
  for (const id of queue) {
    if (reasons.has(id)) continue;
    reasons.add(id);
    for (const a of debate.index.argumentsOnTarget.get(id) ?? [])
      if (a.relation === 'supports') queue.push(a.id);
  }
  return reasons;
}

export type FindingKind =
  /** Same conclusion on the position, and at least one standing reason in common. */
  | 'same-reasons'
  /** Same conclusion, both give reasons there, none in common. */
  | 'different-reasons'
  /** A standing reason in common, but a different conclusion (or none given). */
  | 'shared-reason-other-conclusion';

/** How the two conclusions on the position compare, for the words shown. */
export type ConclusionMatch = 'same' | 'different' | 'no-stance' | 'no-answer';

export interface Finding {
  readonly kind: FindingKind;
  readonly position: PositionNode;
  readonly conclusions: ConclusionMatch;
  /** The student's answer and the actor's stance there, if any. */
  readonly answer: Answer | null;
  readonly stance: StanceValue | null;
  /** The student's standing reasons the actor also makes or relies on, here. */
  readonly shared: readonly ArgumentNode[];
}

export interface SharedReasons {
  readonly actor: ActorNode;
  /** In debate order of the positions. */
  readonly findings: readonly Finding[];
}

const KIND_ORDER: readonly FindingKind[] = [
  'same-reasons',
  'shared-reason-other-conclusion',
  'different-reasons',
];

/**
 * Actors whose reasons meet the student's, position by position. Actors with the most
 * "same conclusion, same reasons" findings first, then by shared reasons, then by name;
 * actors with nothing to say are left out.
 */
export function sharedReasons(
  debate: Debate,
  answers: StandAnswers,
  verdicts: StandVerdicts,
): readonly SharedReasons[] {
  const { standing } = studentReasons(debate, verdicts);
  if (standing.size === 0) return [];
  const conclusions = new Map<ArgumentId, Conclusion | null>();
  const conclusion = (a: ArgumentNode) => {
    if (!conclusions.has(a.id)) conclusions.set(a.id, conclusionOf(debate, a));
    return conclusions.get(a.id) ?? null;
  };
  // The student's standing reasons, by the position they lead to.
  const mine = new Map<PositionId, ArgumentNode[]>();
  for (const argument of debate.arguments) {
    const c = standing.has(argument.id) ? conclusion(argument) : null;
    if (c) mine.set(c.position, [...(mine.get(c.position) ?? []), argument]);
  }

  const collator = new Intl.Collator(debate.meta.language);
  const result: SharedReasons[] = [];
  for (const actor of debate.actors) {
    const theirs = actorReasons(debate, actor);
    const theirPositions = new Set<PositionId>();
    for (const id of theirs) {
      const a = debate.index.node.get(id);
      const c = a?.type === 'argument' ? conclusion(a) : null;
      if (c) theirPositions.add(c.position);
    }
    const stances = new Map(
      (debate.index.stancesOfActor.get(actor.id) ?? []).map((s) => [s.position, s.stance]),
    );
    const findings: Finding[] = [];
    for (const position of debate.positions) {
      const myReasons = mine.get(position.id);
      if (!myReasons) continue;
      const shared = myReasons.filter((a) => theirs.has(a.id));
      const answer = answers.get(position.id)?.answer ?? null;
      const stance = stances.get(position.id) ?? null;
      const mySide = answer ? ANSWER_SIDE[answer] : null;
      const theirSide = stance ? STANCE_SIDE[stance] : null;
      const conclusions: ConclusionMatch =
        mySide === null
          ? 'no-answer'
          : theirSide === null
            ? 'no-stance'
            : theirSide === mySide
              ? 'same'
              : 'different';
      if (shared.length > 0)
        findings.push({
          kind: conclusions === 'same' ? 'same-reasons' : 'shared-reason-other-conclusion',
          position,
          conclusions,
          answer,
          stance,
          shared,
        });
      else if (conclusions === 'same' && theirPositions.has(position.id))
        findings.push({
          kind: 'different-reasons',
          position,
          conclusions,
          answer,
          stance,
          shared,
        });
    }
    if (findings.length) result.push({ actor, findings });
  }
  const count = (r: SharedReasons, kind: FindingKind) =>
    r.findings.filter((f) => f.kind === kind).length;
  const sharedCount = (r: SharedReasons) => r.findings.reduce((n, f) => n + f.shared.length, 0);
  return result.sort(
    (a, b) =>
      KIND_ORDER.reduce((d, kind) => d || count(b, kind) - count(a, kind), 0) ||
      sharedCount(b) - sharedCount(a) ||
      collator.compare(a.actor.name, b.actor.name),
  );
}
