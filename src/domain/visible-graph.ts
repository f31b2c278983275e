import { neighbourhoodOf } from './neighbourhood';
import type { Debate, DebateNode, Edge, NodeId, NodeType } from './model';

export interface GraphFilter {
  readonly types: readonly NodeType[];
  readonly hiddenActorKinds: readonly string[];
  /** With a selection: show only what is within this many steps of it (0: everything). */
  readonly neighbourhood: number;
  readonly selected: NodeId | null;
}

export interface VisibleGraph {
  readonly nodes: readonly DebateNode[];
  readonly edges: readonly Edge[];
}

/** The nodes and edges the graph shows under a filter, in the debate's stable order. */
export function visibleGraph(debate: Debate, filter: GraphFilter): VisibleGraph {
  const types = new Set(filter.types);
  const hiddenKinds = new Set(filter.hiddenActorKinds);
  const near =
    filter.neighbourhood > 0 && filter.selected && debate.index.node.has(filter.selected)
      ? neighbourhoodOf(debate, filter.selected, filter.neighbourhood)
      : null;
  const nodes = debate.nodes.filter(
    (n) =>
      types.has(n.type) &&
      !(n.type === 'actor' && hiddenKinds.has(n.actorKind)) &&
      (!near || near.has(n.id)),
  );
  const shown = new Set(nodes.map((n) => n.id));
  const edges = debate.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  return { nodes, edges };
}
