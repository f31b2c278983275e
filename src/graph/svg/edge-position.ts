// Where the SVG graph's links are drawn: rim to rim, or as a tree in a focus drawn as rows.
import { rimToRim } from '../edge-geometry';
import type { Edge, NodeId, NodeType } from '../../domain/model';
import type { RowsLayout } from '../rows-layout';
import { SHAPE_REACH } from '../node-style';

type Circle = Parameters<typeof rimToRim>[0];
type Shape = Circle & { readonly type: NodeType };

function writeLine(element: SVGLineElement, x1: number, y1: number, x2: number, y2: number) {
  element.setAttribute('x1', x1.toFixed(1));
  element.setAttribute('y1', y1.toFixed(1));
  element.setAttribute('x2', x2.toFixed(1));
  element.setAttribute('y2', y2.toFixed(1));
}

/** Draws the edge from rim to rim, so arrow and bar markers touch the target's outline. */
export function writeEdgePosition(element: SVGLineElement, source: Circle, target: Circle): void {
  const line = rimToRim(source, target);
  writeLine(element, line.x1, line.y1, line.x2, line.y2);
}

/** A row's branch (rows-layout.ts): across from its parent's trunk to just short of its shape. */
function writeBranchPosition(element: SVGLineElement, parent: Circle, child: Shape): void {
  const side = Math.sign(child.x - parent.x) || 1;
  const end = child.x - side * (child.radius * SHAPE_REACH[child.type] + 3);
  writeLine(element, parent.x, child.y, end, child.y);
}

/** A trunk (rows-layout.ts): down from the parent's shape to its lowest row's height. */
function writeTrunkPosition(element: SVGLineElement, parent: Shape, last: Circle): void {
  writeLine(
    element,
    parent.x,
    parent.y + parent.radius * SHAPE_REACH[parent.type],
    parent.x,
    last.y,
  );
}

/** The key of a trunk's element among the edges' elements. */
export const trunkKey = (parent: NodeId) => `trunk:${parent}`;

/**
 * The rows' links as a tree (rows-layout.ts): each link a branch across from its
 * parent's trunk, each trunk down to its parent's lowest row.
 */
export function writeTreePositions(
  rows: Pick<RowsLayout, 'parents' | 'trunks'>,
  edges: readonly Edge[],
  node: (id: NodeId) => Shape | undefined,
  elements: ReadonlyMap<string, SVGLineElement>,
): void {
  for (const edge of edges) {
    const [parent, child] =
      rows.parents.get(edge.source) === edge.target
        ? [edge.target, edge.source]
        : [edge.source, edge.target];
    const element = elements.get(edge.id);
    const from = node(parent);
    const to = node(child);
    if (element && from && to) writeBranchPosition(element, from, to);
  }
  for (const trunk of rows.trunks) {
    const element = elements.get(trunkKey(trunk.parent));
    const from = node(trunk.parent);
    const last = node(trunk.last);
    if (element && from && last) writeTrunkPosition(element, from, last);
  }
}
