// Actors side by side: for each position, the stance of each compared actor and whether
// they agree; a pairwise agreement score for the stance matrix; and the actor orders
// the compare and matrix views offer. Pure functions over the loader's index Maps.
//
// How a row is classified (see AGREEMENT_EXPLANATION for the words shown to readers):
//   'none'     no compared actor has a stance on the position;
//   'disagree' at least one compared actor is 'for' and another 'against' — a sharp
//              disagreement, whether or not the others have a stance;
//   'agree'    every compared actor has a stance, and all are the same value (two
//              'unclear' or two 'conditional' stances count as the same value too);
//   'partial'  everything else: some actors have no stance (and those who do agree, or
//              only one has one), or the values differ without a for–against clash,
//              e.g. 'for' beside 'conditional', or anything beside 'unclear'.
// With a single compared actor, each stance it holds is trivially 'agree'.
//
// Complementary positions (see mirror-stances.ts) count once: a row on the second
// position of a pair where every stance shown mirrors the same actor's stance on the
// first is marked `mirrorOf` and left out of the summary, the sharpest disagreements,
// the common ground and the agreement score.
import type {
  ActorId,
  ActorNode,
  Debate,
  IssueNode,
  PositionId,
  PositionNode,
  Stance,
  StanceValue,
} from './model';
import { mirrorTest, primaryOfPosition } from './mirror-stances';
import { msg } from '@lingui/core/macro';
import { readerTexts } from './reader-text';

export type Agreement = 'agree' | 'disagree' | 'partial' | 'none';

/** What each agreement value means, in plain words, for a legend (in the interface's language). */
export const AGREEMENT_EXPLANATION: Readonly<Record<Agreement, string>> = readerTexts({
  agree: msg`Agree: every compared actor takes the same stance on this position.`,
  disagree: msg`Disagree: at least one compared actor is for this position and another is against it.`,
  partial: msg`Partly: some compared actors take no stance here, or their stances differ without one being for and another against (for example “for” beside “conditional”, or an unclear stance).`,
  none: msg`No stance: none of the compared actors takes a stance on this position.`,
});

export interface ComparisonRow {
  readonly position: PositionNode;
  /** One per compared actor, in the order of `Comparison.actors`; null when it has none. */
  readonly stances: readonly (Stance | null)[];
  readonly agreement: Agreement;
  /** How sharp a disagreement is: the number of for–against pairs; 0 unless 'disagree'. */
  readonly sharpness: number;
  /**
   * The complementary position whose row already says the same, when every stance in
   * this row mirrors its actor's stance there; such a row is shown but not counted.
   */
  readonly mirrorOf?: PositionId;
}

export interface ComparisonGroup {
  readonly issue: IssueNode;
  /** The issue's positions, in debate order. */
  readonly rows: readonly ComparisonRow[];
}

export interface Comparison {
  /** The actors compared: the ids given, in order, less unknown ids and repeats. */
  readonly actors: readonly ActorNode[];
  /** Every issue in debate order, each with all its positions (an issue may have none). */
  readonly groups: readonly ComparisonGroup[];
  /** How many rows have each agreement; mirror rows are not counted. */
  readonly summary: Readonly<Record<Agreement, number>>;
  /** The 'disagree' rows, sharpest first; equally sharp ones in debate order. */
  readonly sharpest: readonly ComparisonRow[];
  /** The 'agree' rows, in debate order. */
  readonly commonGround: readonly ComparisonRow[];
}

/** Classifies one row from the compared actors' stance values (null: no stance). */
export function classifyAgreement(values: readonly (StanceValue | null)[]): {
  agreement: Agreement;
  sharpness: number;
} {
  let held = 0;
  let forCount = 0;
  let againstCount = 0;
  let first: StanceValue | null = null;
  let allSame = true;
  for (const value of values) {
    if (value === null) continue;
    held++;
    if (value === 'for') forCount++;
    if (value === 'against') againstCount++;
    if (first === null) first = value;
    else if (value !== first) allSame = false;
  }
  if (held === 0) return { agreement: 'none', sharpness: 0 };
  if (forCount > 0 && againstCount > 0)
    return { agreement: 'disagree', sharpness: forCount * againstCount };
  if (held === values.length && allSame) return { agreement: 'agree', sharpness: 0 };
  return { agreement: 'partial', sharpness: 0 };
}

/** Each actor's stances by position. */
function stanceMap(debate: Debate, actor: ActorId): ReadonlyMap<PositionId, Stance> {
  const map = new Map<PositionId, Stance>();
  for (const stance of debate.index.stancesOfActor.get(actor) ?? [])
    map.set(stance.position, stance);
  return map;
}

function actorOf(debate: Debate, id: ActorId): ActorNode | undefined {
  const node = debate.index.node.get(id);
  return node?.type === 'actor' ? node : undefined;
}

/**
 * Compares actors position by position. Unknown actor ids, and ids given twice, are
 * skipped; `actors` in the result says which columns the rows' `stances` hold.
 */
export function compareActors(debate: Debate, actorIds: readonly ActorId[]): Comparison {
  const actors: ActorNode[] = [];
  const seen = new Set<ActorId>();
  for (const id of actorIds) {
    const actor = actorOf(debate, id);
    if (!actor || seen.has(actor.id)) continue;
    seen.add(actor.id);
    actors.push(actor);
  }
  const maps = actors.map((actor) => stanceMap(debate, actor.id));
  const primary = primaryOfPosition(debate);
  const isMirror = mirrorTest(debate);

  const summary: Record<Agreement, number> = { agree: 0, disagree: 0, partial: 0, none: 0 };
  const disagreements: ComparisonRow[] = [];
  const commonGround: ComparisonRow[] = [];
  const groups = debate.issues.map((issue): ComparisonGroup => {
    const rows = (debate.index.positionsOfIssue.get(issue.id) ?? []).map(
      (position): ComparisonRow => {
        const stances = maps.map((map) => map.get(position.id) ?? null);
        const first = primary.get(position.id);
        const held = stances.filter((s) => s !== null);
        const mirrored =
          first !== undefined &&
          held.length > 0 &&
          held.every((s) => isMirror(s.actor, s.position));
        const row: ComparisonRow = {
          position,
          stances,
          ...classifyAgreement(stances.map((s) => s?.stance ?? null)),
          ...(mirrored && { mirrorOf: first }),
        };
        if (mirrored) return row;
        summary[row.agreement]++;
        if (row.agreement === 'disagree') disagreements.push(row);
        if (row.agreement === 'agree') commonGround.push(row);
        return row;
      },
    );
    return { issue, rows };
  });
  // Array.prototype.sort is stable: equally sharp rows keep their debate order.
  const sharpest = disagreements.sort((a, b) => b.sharpness - a.sharpness);
  return { actors, groups, summary, sharpest, commonGround };
}

/** Plain-English description of the agreement score, for the matrix view's legend. */
export const AGREEMENT_SCORE_EXPLANATION =
  'The agreement score compares two actors on the positions where both take a stance: ' +
  'where two positions are marked as opposites, a pair of mirrored stances (for one, against the other) counts once; ' +
  'each shared position counts +1 when their stances are the same, −1 when one is for and the other against, ' +
  'and 0 for any other mix (such as “for” beside “conditional”, or an unclear stance). ' +
  'The total is divided by the number of shared positions, so the score runs from −1 (always opposed) ' +
  'to +1 (always the same); it is blank when they share no position.';

/** +1 for the same value, −1 for 'for' against 'against', 0 for any other mix. */
export function stancePairScore(a: StanceValue, b: StanceValue): -1 | 0 | 1 {
  if (a === b) return 1;
  if ((a === 'for' && b === 'against') || (a === 'against' && b === 'for')) return -1;
  return 0;
}

/**
 * How far two actors agree, over the positions where both have a stance: a number in
 * [−1, 1], or null when they share no position (or either id is unknown).
 */
export function agreementScore(
  debate: Debate,
  a: ActorId,
  b: ActorId,
): { score: number | null; shared: number } {
  const theirs = stanceMap(debate, b);
  const isMirror = mirrorTest(debate);
  let shared = 0;
  let total = 0;
  for (const stance of debate.index.stancesOfActor.get(a) ?? []) {
    const other = theirs.get(stance.position);
    if (!other) continue;
    // Both said this already, mirrored, on the complementary position: counted there.
    if (isMirror(a, stance.position) && isMirror(b, stance.position)) continue;
    shared++;
    total += stancePairScore(stance.stance, other.stance);
  }
  // `total || 0` turns a −0 into 0, so scores compare and print plainly.
  return { score: shared ? total / shared || 0 : null, shared };
}

/** A collator for the debate's language; the default locale if the tag is not usable. */
function collatorFor(debate: Debate): Intl.Collator {
  try {
    return new Intl.Collator(debate.meta.language);
  } catch {
    return new Intl.Collator();
  }
}

/** Actors by name (locale-aware, in the debate's language); equal names in debate order. */
export function sortActorsByName(debate: Debate): ActorNode[] {
  const collator = collatorFor(debate);
  return [...debate.actors].sort((a, b) => collator.compare(a.name, b.name));
}

/** Actors grouped by kind (kinds in alphabetical order), by name within a kind. */
export function sortActorsByKind(debate: Debate): ActorNode[] {
  const collator = collatorFor(debate);
  return [...debate.actors].sort(
    (a, b) => collator.compare(a.actorKind, b.actorKind) || collator.compare(a.name, b.name),
  );
}

/**
 * The reference actor first, then the others by their agreement score with it, highest
 * first; actors sharing no position with it (score null) come last; ties by name. An
 * unknown reference gives every actor a null score, so the order is by name.
 */
export function sortActorsByAgreement(debate: Debate, reference: ActorId): ActorNode[] {
  const collator = collatorFor(debate);
  const scores = new Map<ActorId, number | null>();
  for (const actor of debate.actors)
    scores.set(actor.id, agreementScore(debate, reference, actor.id).score);
  // Tiers: the reference, then actors with a score, then those without.
  const tier = (actor: ActorNode) =>
    actor.id === reference ? 0 : scores.get(actor.id) == null ? 2 : 1;
  const score = (actor: ActorNode) => scores.get(actor.id) ?? 0;
  return [...debate.actors].sort(
    (a, b) => tier(a) - tier(b) || score(b) - score(a) || collator.compare(a.name, b.name),
  );
}

/** The actor that agrees least with `reference` over shared positions; null when none shares one. */
export function mostOpposed(debate: Debate, reference: ActorId): ActorNode | null {
  // agreementScore with every actor, summed in one walk over the positions `reference`
  // takes a stance on (the details panel asks on each click; mapping every actor's
  // stances took tens of milliseconds at 5,000 nodes). Same sums in the same order.
  const isMirror = mirrorTest(debate);
  const sums = new Map<ActorId, { total: number; shared: number }>();
  for (const mine of debate.index.stancesOfActor.get(reference) ?? []) {
    const mirrored = isMirror(reference, mine.position);
    for (const other of debate.index.stancesOnPosition.get(mine.position) ?? []) {
      if (other.actor === reference || (mirrored && isMirror(other.actor, mine.position))) continue;
      const sum = sums.get(other.actor);
      const score = stancePairScore(mine.stance, other.stance);
      if (sum) {
        sum.shared++;
        sum.total += score;
      } else sums.set(other.actor, { total: score, shared: 1 });
    }
  }
  let best: { actor: ActorNode; score: number } | null = null;
  for (const actor of debate.actors) {
    const sum = actor.id === reference ? undefined : sums.get(actor.id);
    if (!sum) continue;
    const score = sum.total / sum.shared || 0;
    if (!best || score < best.score) best = { actor, score };
  }
  return best?.actor ?? null;
}
