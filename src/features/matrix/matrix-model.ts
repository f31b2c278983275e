// Plain helpers for the stance matrix: the row orders it offers, the stance lookup and
// the words that go with an agreement score. The scoring and sorting themselves live
// in domain/comparison.ts; this file only picks between them and formats the result.
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import {
  agreementScore,
  sortActorsByAgreement,
  sortActorsByKind,
  sortActorsByName,
} from '../../domain/comparison';
import type {
  ActorId,
  ActorNode,
  Debate,
  IssueNode,
  NodeId,
  PositionId,
  PositionNode,
  Stance,
} from '../../domain/model';

export const SORT_MODES = ['name', 'kind', 'agreement'] as const;
export type SortMode = (typeof SORT_MODES)[number];

// Getters: the words are read when shown, so they follow the interface language.
export const SORT_LABELS: Readonly<Record<SortMode, string>> = {
  get name() {
    return t`By name`;
  },
  get kind() {
    return t`By kind`;
  },
  get agreement() {
    return t`By agreement with…`;
  },
};

/** The actors in the order the reader asked for. */
export function orderActors(
  debate: Debate,
  mode: SortMode,
  reference: ActorId | null,
): ActorNode[] {
  if (mode === 'kind') return sortActorsByKind(debate);
  if (mode === 'agreement' && reference) return sortActorsByAgreement(debate, reference);
  return sortActorsByName(debate);
}

/** The reference actor to start from: the selection if it is an actor, else the first actor. */
export function defaultReference(debate: Debate, selected: NodeId | null): ActorId | null {
  const node = selected === null ? undefined : debate.index.node.get(selected);
  if (node?.type === 'actor') return node.id;
  return debate.actors[0]?.id ?? null;
}

export function isActor(debate: Debate, id: ActorId | null): id is ActorId {
  return id !== null && debate.index.node.get(id)?.type === 'actor';
}

/** One issue and its positions, in debate order; issues with no position are left out. */
export interface IssueColumns {
  readonly issue: IssueNode;
  readonly positions: readonly PositionNode[];
}

export function issueColumns(debate: Debate): IssueColumns[] {
  return debate.issues
    .map((issue) => ({ issue, positions: debate.index.positionsOfIssue.get(issue.id) ?? [] }))
    .filter((group) => group.positions.length > 0);
}

/** Looks up an actor's stance on a position; the first one when the data holds more. */
export type StanceLookup = (actor: ActorId, position: PositionId) => Stance | undefined;

export function stanceLookup(debate: Debate): StanceLookup {
  const byActor = new Map<ActorId, Map<PositionId, Stance>>();
  for (const stance of debate.stances) {
    let row = byActor.get(stance.actor);
    if (!row) byActor.set(stance.actor, (row = new Map()));
    if (!row.has(stance.position)) row.set(stance.position, stance);
  }
  return (actor, position) => byActor.get(actor)?.get(position);
}

/** Cuts text at a word boundary so it is at most `max` characters, ending in "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** "+0.67", "0", "−1" (in the reader's digits): signed, with a true minus sign. */
export function formatScore(score: number): string {
  const format = new Intl.NumberFormat(i18n.locale || 'en', {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  return format.format(score).replace('-', '−');
}

/** A few words for a score in [−1, 1], matching AGREEMENT_SCORE_EXPLANATION's scale. */
export function scoreWords(score: number): string {
  if (score >= 1) return t`always the same`;
  if (score >= 0.5) return t`mostly agree`;
  if (score > 0) return t`lean to agreement`;
  if (score === 0) return t`mixed`;
  if (score > -0.5) return t`lean to opposition`;
  if (score > -1) return t`mostly opposed`;
  return t`always opposed`;
}

/**
 * The comparison the "Compare the top 3" action opens: the reference actor and the
 * two others that agree with it most (only actors sharing a position with it).
 */
export function topThree(debate: Debate, reference: ActorId): ActorId[] {
  const others = sortActorsByAgreement(debate, reference)
    .filter((actor) => actor.id !== reference)
    .filter((actor) => agreementScore(debate, reference, actor.id).score !== null)
    .slice(0, 2)
    .map((actor) => actor.id);
  return [reference, ...others];
}

/** A class attribute from the names that apply. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
