// What the layout engine needs to know about the visible graph: each node's size and
// the issue it clusters around. Pure; shared by the renderers.
import { issueOfArgument } from '../domain/issue-membership';
import type { Debate, DebateNode, IssueId, NodeId } from '../domain/model';
import type { VisibleGraph } from '../domain/visible-graph';
import type { LayoutInputNode } from './engine/layout-engine';
import { nodeRadius } from './node-style';

/** The issue a node is pulled toward: its own, its position's, its argument's; none for actors. */
export function anchorOf(debate: Debate, node: DebateNode): IssueId | null {
  switch (node.type) {
    case 'issue':
      return node.id;
    case 'position':
      return node.issue;
    case 'argument':
      return issueOfArgument(debate, node);
    case 'actor':
      return null;
  }
}

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
    anchor: anchorOf(debate, n),
  }));
}
