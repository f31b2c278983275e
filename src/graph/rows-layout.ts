// An issue's focus on a narrow screen (phone, embed), drawn as rows to read down: the
// issue on top, then each of its positions, each with the actors who hold it beneath,
// one a row. Every name runs beside its node on lines of its own, so all of them are
// named in full at a size that reads, and the picture grows as tall as it needs (the
// page scrolls over it until the reader taps to explore). Positions are indented under
// the issue and actors under their position, so each link fans out to the right and
// none runs through another name. An actor stands under one position only, the one it
// holds most (for, else on conditions, else unclear, else against), and only that link
// is drawn: the others would bundle across every row; the details list them all. Since
// the links all leave one diamond, the actor's row also says how it holds that position
// (a stance word under its name), or an opponent would read as a holder. The links are
// drawn as a tree, like a folder's outline: one trunk down from each node to its last
// row, a short branch across to each row. Drawn straight, they ran side by side down
// the whole list and read as one hatched band.
// Pure and deterministic, in graph units (px at scale 1), left to right: a
// right-to-left page mirrors it. Loaded on demand (use-graph-model.ts): only a narrow
// screen's focus needs it.
import type { Edge, NodeId, NodeType, StanceValue } from '../domain/model';
import type { DrawnGraph } from './disclosure';
import type { Point } from './engine/anchors';
import { edgeClass, SHAPE_REACH } from './node-style';

/** Where each kind of node stands, from the left edge: issue, positions, then actors. */
const COLUMN: Record<NodeType, number> = { issue: 24, position: 56, actor: 92, argument: 92 };
/** Room above a row, by its kind: a new position sets its actors off from the last one's. */
const GAP_BEFORE: Record<NodeType, number> = { issue: 0, position: 16, actor: 6, argument: 6 };
export interface RowsLayout {
  /** Each node's place, graph units. */
  readonly points: ReadonlyMap<NodeId, Point>;
  /** From the top of the first row to the bottom of the last, graph units. */
  readonly height: number;
  /** The links drawn: each position's to its issue, each actor's to its own position. */
  readonly edges: readonly Edge[];
  /** How each actor holds the position it stands under. */
  readonly stances: ReadonlyMap<NodeId, StanceValue>;
  /** The row each row hangs from, by its link: a position's issue, an actor's position. */
  readonly parents: ReadonlyMap<NodeId, NodeId>;
  /** The trunks of the tree, one a node with rows hanging from it. */
  readonly trunks: readonly Trunk[];
}

/** A line down from `parent` to the height of `last`, the lowest row hanging from it. */
export interface Trunk {
  readonly parent: NodeId;
  readonly last: NodeId;
  /** Its links' class (node-style.ts's edgeClass) when they share one; else 'trunk'. */
  readonly kind: string;
}

/** How strongly a stance ties an actor to a position, the strongest first. */
const HOLD: readonly (StanceValue | undefined)[] = ['for', 'conditional', 'unclear', 'against'];
const hold = (edge: Edge) => {
  const rank = HOLD.indexOf(edge.stance);
  return rank === -1 ? HOLD.length : rank;
};

/**
 * The rows of a focused issue's drawn graph. `radius` is each node's size, `labelHeight`
 * the height of its name (drawn beside it), with the stance word when it has one. An actor stands under the position it
 * holds most, the first of them on a tie; one linked to none comes last.
 */
export function rowsLayout(
  graph: DrawnGraph,
  radius: (id: NodeId) => number,
  labelHeight: (id: NodeId, stance: StanceValue | undefined) => number,
): RowsLayout {
  const positions = graph.nodes.filter((n) => n.type === 'position');
  const isPosition = new Set<NodeId>(positions.map((p) => p.id));
  const home = new Map<
    NodeId,
    { position: NodeId; rank: number; order: number; stance: StanceValue | undefined }
  >();
  graph.edges.forEach((edge) => {
    const [position, other] = isPosition.has(edge.target)
      ? [edge.target, edge.source]
      : [edge.source, edge.target];
    if (!isPosition.has(position) || isPosition.has(other)) return;
    const rank = hold(edge);
    const order = positions.findIndex((p) => p.id === position);
    const known = home.get(other);
    if (!known || rank < known.rank || (rank === known.rank && order < known.order))
      home.set(other, { position, rank, order, stance: edge.stance });
  });
  const others = graph.nodes.filter((n) => n.type !== 'issue' && n.type !== 'position');
  const under = (id: NodeId | undefined) => others.filter((n) => home.get(n.id)?.position === id);
  const order = [
    ...graph.nodes.filter((n) => n.type === 'issue'),
    ...positions.flatMap((p) => [p, ...under(p.id)]),
    ...under(undefined),
  ];
  const points = new Map<NodeId, Point>();
  let bottom = 0;
  order.forEach((node, i) => {
    const half = Math.max(
      radius(node.id) * SHAPE_REACH[node.type],
      labelHeight(node.id, home.get(node.id)?.stance) / 2,
    );
    const y = bottom + (i ? GAP_BEFORE[node.type] : 0) + half;
    points.set(node.id, { x: COLUMN[node.type], y });
    bottom = y + half;
  });
  const edges = graph.edges.filter(
    (e) =>
      home.get(e.source)?.position === e.target ||
      home.get(e.target)?.position === e.source ||
      (e.type === 'answers' && (isPosition.has(e.source) || isPosition.has(e.target))),
  );
  const stances = new Map<NodeId, StanceValue>();
  home.forEach(({ stance }, id) => {
    if (stance) stances.set(id, stance);
  });
  const parents = new Map<NodeId, NodeId>();
  const branches = new Map<NodeId, Edge[]>();
  for (const edge of edges) {
    const positionEnd = isPosition.has(edge.source) ? edge.source : edge.target;
    const otherEnd = positionEnd === edge.source ? edge.target : edge.source;
    const [parent, child] =
      edge.type === 'answers' ? [otherEnd, positionEnd] : [positionEnd, otherEnd];
    parents.set(child, parent);
    const links = branches.get(parent);
    if (links) links.push(edge);
    else branches.set(parent, [edge]);
  }
  const y = (id: NodeId) => points.get(id)?.y ?? 0;
  const trunks = [...branches].map(([parent, links]): Trunk => {
    const children = links.map((e) => (e.source === parent ? e.target : e.source));
    const kinds = new Set(links.map(edgeClass));
    return {
      parent,
      last: children.reduce((a, b) => (y(b) > y(a) ? b : a)),
      kind: kinds.size === 1 ? [...kinds][0]! : 'trunk',
    };
  });
  return { points, height: bottom, edges, stances, parents, trunks };
}
