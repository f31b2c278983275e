// What the details panel says about one node, as plain data: the node's neighbours in
// the debate, grouped and ordered for reading. Pure functions over the loader's index
// Maps (never plain-object lookups, since an id such as `__proto__` is valid).
import { rootPosition } from './issue-membership';
import { nodeOfType, sourcedEvidence, type SourcedEvidence } from './lookups';
import {
  STANCE_VALUES,
  type ActorId,
  type ActorNode,
  type ArgumentId,
  type ArgumentNode,
  type Debate,
  type DebateEvent,
  type IssueId,
  type IssueNode,
  type NodeId,
  type PositionId,
  type PositionNode,
  type Relation,
  type Stance,
  type StanceValue,
} from './model';

/** A stance with the quotes behind it. */
export interface SourcedStance {
  readonly stance: Stance;
  readonly evidence: readonly SourcedEvidence[];
}

/** An actor's stance on one position. */
export interface ActorStance extends SourcedStance {
  readonly position: PositionNode;
}

export interface ActorStancesOnIssue {
  readonly issue: IssueNode;
  readonly stances: readonly ActorStance[];
}

export interface ActorDetails {
  readonly actor: ActorNode;
  /** Grouped by issue in issue order; within an issue, in the issue's position order. */
  readonly stancesByIssue: readonly ActorStancesOnIssue[];
  readonly arguments: readonly ArgumentNode[];
  readonly events: readonly DebateEvent[];
  readonly memberOf: ActorNode | null;
  readonly members: readonly ActorNode[];
}

/** One actor holding a position. */
export interface Holder extends SourcedStance {
  readonly actor: ActorNode;
}

/** Holders sharing one stance value. Only non-empty groups are returned, in STANCE_VALUES order. */
export interface StanceGroup {
  readonly value: StanceValue;
  readonly holders: readonly Holder[];
}

export interface PositionDetails {
  readonly position: PositionNode;
  readonly issue: IssueNode | null;
  readonly stanceGroups: readonly StanceGroup[];
  /** Direct arguments only: those whose target is this position. */
  readonly argumentsFor: readonly ArgumentNode[];
  readonly argumentsAgainst: readonly ArgumentNode[];
}

export interface ArgumentDetails {
  readonly argument: ArgumentNode;
  readonly target: PositionNode | ArgumentNode | null;
  readonly relation: Relation;
  readonly by: readonly ActorNode[];
  readonly supportedBy: readonly ArgumentNode[];
  readonly attackedBy: readonly ArgumentNode[];
  readonly evidence: readonly SourcedEvidence[];
  /** The position reached by following targets up through arguments; null in a cycle. */
  readonly position: PositionNode | null;
  readonly issue: IssueNode | null;
}

export interface IssuePosition {
  readonly position: PositionNode;
  readonly stanceGroups: readonly StanceGroup[];
}

export interface IssueDetails {
  readonly issue: IssueNode;
  readonly positions: readonly IssuePosition[];
}

export type NodeDetails =
  | ({ readonly type: 'actor' } & ActorDetails)
  | ({ readonly type: 'position' } & PositionDetails)
  | ({ readonly type: 'argument' } & ArgumentDetails)
  | ({ readonly type: 'issue' } & IssueDetails);

function stanceGroups(debate: Debate, positionId: PositionId): StanceGroup[] {
  const stances = debate.index.stancesOnPosition.get(positionId) ?? [];
  const groups: StanceGroup[] = [];
  for (const value of STANCE_VALUES) {
    const holders: Holder[] = [];
    for (const stance of stances) {
      if (stance.stance !== value) continue;
      const actor = nodeOfType(debate, stance.actor, 'actor');
      if (actor)
        holders.push({ actor, stance, evidence: sourcedEvidence(debate, stance.evidence) });
    }
    if (holders.length > 0) groups.push({ value, holders });
  }
  return groups;
}

export function actorDetails(debate: Debate, actorId: ActorId | NodeId): ActorDetails | null {
  const actor = nodeOfType(debate, actorId, 'actor');
  if (!actor) return null;
  const { index } = debate;

  const stancesByPosition = new Map<PositionId, Stance[]>();
  for (const stance of index.stancesOfActor.get(actor.id) ?? []) {
    const list = stancesByPosition.get(stance.position);
    if (list) list.push(stance);
    else stancesByPosition.set(stance.position, [stance]);
  }
  const stancesByIssue: ActorStancesOnIssue[] = [];
  for (const issue of debate.issues) {
    const stances: ActorStance[] = [];
    for (const position of index.positionsOfIssue.get(issue.id) ?? []) {
      for (const stance of stancesByPosition.get(position.id) ?? []) {
        stances.push({ position, stance, evidence: sourcedEvidence(debate, stance.evidence) });
      }
    }
    if (stances.length > 0) stancesByIssue.push({ issue, stances });
  }

  const members: ActorNode[] = [];
  for (const edge of index.incoming.get(actor.id) ?? []) {
    if (edge.type !== 'member-of') continue;
    const member = nodeOfType(debate, edge.source, 'actor');
    if (member) members.push(member);
  }

  return {
    actor,
    stancesByIssue,
    arguments: index.argumentsByActor.get(actor.id) ?? [],
    events: index.eventsOfActor.get(actor.id) ?? [],
    memberOf: actor.memberOf ? nodeOfType(debate, actor.memberOf, 'actor') : null,
    members,
  };
}

export function positionDetails(
  debate: Debate,
  positionId: PositionId | NodeId,
): PositionDetails | null {
  const position = nodeOfType(debate, positionId, 'position');
  if (!position) return null;
  const onIt = debate.index.argumentsOnTarget.get(position.id) ?? [];
  return {
    position,
    issue: nodeOfType(debate, position.issue, 'issue'),
    stanceGroups: stanceGroups(debate, position.id),
    argumentsFor: onIt.filter((a) => a.relation === 'supports'),
    argumentsAgainst: onIt.filter((a) => a.relation === 'attacks'),
  };
}

export function argumentDetails(
  debate: Debate,
  argumentId: ArgumentId | NodeId,
): ArgumentDetails | null {
  const argument = nodeOfType(debate, argumentId, 'argument');
  if (!argument) return null;
  const targetNode = debate.index.node.get(argument.target);
  const target =
    targetNode && (targetNode.type === 'position' || targetNode.type === 'argument')
      ? targetNode
      : null;
  const onIt = debate.index.argumentsOnTarget.get(argument.id) ?? [];
  const position = rootPosition(debate, argument);
  return {
    argument,
    target,
    relation: argument.relation,
    by: argument.by.flatMap((id) => nodeOfType(debate, id, 'actor') ?? []),
    supportedBy: onIt.filter((a) => a.relation === 'supports'),
    attackedBy: onIt.filter((a) => a.relation === 'attacks'),
    evidence: sourcedEvidence(debate, argument.evidence),
    position,
    issue: position ? nodeOfType(debate, position.issue, 'issue') : null,
  };
}

export function issueDetails(debate: Debate, issueId: IssueId | NodeId): IssueDetails | null {
  const issue = nodeOfType(debate, issueId, 'issue');
  if (!issue) return null;
  return {
    issue,
    positions: (debate.index.positionsOfIssue.get(issue.id) ?? []).map((position) => ({
      position,
      stanceGroups: stanceGroups(debate, position.id),
    })),
  };
}

/** The details of any node, tagged with its type; null when the id names no node. */
export function nodeDetails(debate: Debate, id: NodeId): NodeDetails | null {
  const node = debate.index.node.get(id);
  if (!node) return null;
  switch (node.type) {
    case 'actor': {
      const d = actorDetails(debate, node.id);
      return d && { type: 'actor', ...d };
    }
    case 'position': {
      const d = positionDetails(debate, node.id);
      return d && { type: 'position', ...d };
    }
    case 'argument': {
      const d = argumentDetails(debate, node.id);
      return d && { type: 'argument', ...d };
    }
    case 'issue': {
      const d = issueDetails(debate, node.id);
      return d && { type: 'issue', ...d };
    }
  }
}
