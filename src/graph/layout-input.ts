// What the layout engine needs to know about the visible graph: each node's size and
// the issue it clusters around. Pure; shared by the renderers.
import { issueOfNode } from '../domain/issue-membership';
import type { Debate, NodeId } from '../domain/model';
import type { VisibleGraph } from '../domain/visible-graph';
import type { LayoutInputNode } from './engine/layout-engine';
import { nodeRadius } from './node-style';

/** Links per node among the visible edges. */
export function degreeOf(graph: VisibleGraph): Map<NodeId, number> {
  const counts = new Map<NodeId, number>();
  for (const e of graph.edges) {
    counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
    counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
  }
  return counts;
}

export function layoutInput(
  debate: Debate,
  graph: VisibleGraph,
  degree: ReadonlyMap<NodeId, number> = degreeOf(graph),
): LayoutInputNode[] {
  return graph.nodes.map((n) => ({
    id: n.id,
    type: n.type,
    radius: nodeRadius(n, degree.get(n.id) ?? 0),
    // The issue a node is pulled toward; actors are pulled by their links alone.
    anchor: issueOfNode(debate, n),
  }));
}
