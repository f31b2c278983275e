import { groupBy } from '../lib/group-by';
import type { Debate, DebateIndex, DebateNode, Edge, NodeId, Stance } from './model';

/** Everything a debate holds before the graph and the indexes are derived from it. */
export type DebateParts = Omit<Debate, 'nodes' | 'edges' | 'index'>;

/**
 * Builds the graph edges exactly as data-format.md's table says, in a stable order:
 * answers, stances, argument relations, makes, member-of — each in file order.
 */
export function buildEdges(parts: DebateParts): Edge[] {
  const edge = (type: Edge['type'], source: NodeId, target: NodeId, stance?: Stance['stance']) => ({
    id: `${type}:${source}->${target}`,
    type,
    source,
    target,
    ...(stance ? { stance } : {}),
  });
  return [
    ...parts.positions.map((p) => edge('answers', p.id, p.issue)),
    ...parts.stances.map((s) => edge('stance', s.actor, s.position, s.stance)),
    ...parts.arguments.map((a) => edge(a.relation, a.id, a.target)),
    ...parts.arguments.flatMap((a) => a.by.map((actor) => edge('makes', actor, a.id))),
    ...parts.actors.flatMap((a) => (a.memberOf ? [edge('member-of', a.id, a.memberOf)] : [])),
  ];
}

/** The stable node order: issues, positions, actors, arguments, each in file order. */
export function orderNodes(parts: DebateParts): DebateNode[] {
  return [...parts.issues, ...parts.positions, ...parts.actors, ...parts.arguments];
}

export function buildIndex(
  parts: DebateParts,
  nodes: readonly DebateNode[],
  edges: readonly Edge[],
): DebateIndex {
  return {
    node: new Map(nodes.map((n) => [n.id, n])),
    source: new Map(parts.sources.map((s) => [s.id, s])),
    tour: new Map(parts.tours.map((t) => [t.id, t])),
    outgoing: groupBy(edges, (e) => e.source),
    incoming: groupBy(edges, (e) => e.target),
    positionsOfIssue: groupBy(parts.positions, (p) => p.issue),
    stancesOfActor: groupBy(parts.stances, (s) => s.actor),
    stancesOnPosition: groupBy(parts.stances, (s) => s.position),
    argumentsOnTarget: groupBy(parts.arguments, (a) => a.target),
    argumentsByActor: groupBy(parts.arguments, (a) => a.by),
    eventsOfActor: groupBy(parts.events, (e) => e.actors),
  };
}

/** Derives the graph and the indexes: the last step of loading. */
export function buildDebate(parts: DebateParts): Debate {
  const nodes = orderNodes(parts);
  const edges = buildEdges(parts);
  return { ...parts, nodes, edges, index: buildIndex(parts, nodes, edges) };
}
