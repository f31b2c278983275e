// Progressive disclosure: what the graph draws of the filtered debate, so that every
// screen can be read. The overview folds each position's arguments into it (a count
// on the position); focusing an issue draws only that issue, its positions, its
// arguments and the actors who speak to it. On a narrow screen the overview is the
// issues alone, a map to open one from, and arguments stay folded.
// Pure: the same input always draws the same graph.
import { issueMembership, rootPosition } from '../domain/issue-membership';
import type { Debate, DebateNode, IssueId, NodeId } from '../domain/model';
import type { VisibleGraph } from '../domain/visible-graph';

export interface DisclosureOptions {
  /** The issue in focus, or null for the overview. */
  readonly issue: IssueId | null;
  /** A narrow screen (phone, embed): the overview shows the issues only. */
  readonly compact: boolean;
}

export interface DrawnGraph extends VisibleGraph {
  /** Per drawn position: how many of its arguments are folded into it. */
  readonly folded: ReadonlyMap<NodeId, number>;
}

/** The graph as drawn: the visible graph, less what is folded away. */
export function drawnGraph(
  debate: Debate,
  visible: VisibleGraph,
  { issue, compact }: DisclosureOptions,
): DrawnGraph {
  const membership = issueMembership(debate);
  const focused = issue !== null && debate.index.node.has(issue);
  // Without issues to open (filtered out), a narrow overview folds only the arguments.
  const map = compact && !focused && visible.nodes.some((n) => n.type === 'issue');
  const keep = (node: DebateNode): boolean => {
    if (focused && !membership.get(node.id)?.has(issue)) return false;
    if (node.type === 'argument') return focused && !compact;
    if (map) return node.type === 'issue';
    return true;
  };
  const nodes = visible.nodes.filter(keep);
  const shown = new Set(nodes.map((n) => n.id));
  const edges = visible.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  const folded = new Map<NodeId, number>();
  const fold = (into: NodeId | undefined) => {
    if (into !== undefined && shown.has(into)) folded.set(into, (folded.get(into) ?? 0) + 1);
  };
  for (const node of visible.nodes) {
    if (shown.has(node.id)) continue;
    if (node.type === 'argument') fold(rootPosition(debate, node)?.id);
  }
  return { nodes, edges, folded };
}
