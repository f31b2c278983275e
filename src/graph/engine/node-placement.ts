// Where nodes start before the layout runs. Held nodes (issues on their anchors, nodes
// drawn as rows, pinned nodes) sit on their point; a cluster whose anchor moved moves
// with it; new nodes start, in input order, at the centre of their already placed
// neighbours, else at their anchor, else at the origin, spiralling out so no two
// coincide.
import type { IssueId } from '../../domain/model';
import { phyllotaxis, type Point } from './anchors';
import type { EngineNode } from './layout-types';

export const ORIGIN: Point = { x: 0, y: 0 };

/** Fixes a held node on its pin, else its given place, else its anchor's point. */
export function placeHeld(node: EngineNode, place: Point | undefined): void {
  const point = place ?? ORIGIN;
  node.fx = node.x = point.x;
  node.fy = node.y = point.y;
  node.vx = node.vy = 0;
}

/** Moves every free node that is not new by as much as its anchor moved, keeping its cluster's shape. */
export function followAnchors(
  nodes: readonly EngineNode[],
  keep: (node: EngineNode) => boolean,
  before: ReadonlyMap<IssueId, Point | undefined>,
  anchorTarget: (id: IssueId | null) => Point | undefined,
): void {
  for (const node of nodes) {
    if (keep(node) || node.fx != null) continue;
    const from = node.anchor === null ? undefined : before.get(node.anchor);
    const to = anchorTarget(node.anchor);
    if (from === undefined || to === undefined) continue;
    node.x += to.x - from.x;
    node.y += to.y - from.y;
  }
}

/** Gives every node not yet placed its start near its placed neighbours or its anchor. */
export function placeNew(
  nodes: readonly EngineNode[],
  placed: Set<EngineNode>,
  neighbours: ReadonlyMap<EngineNode, readonly EngineNode[]>,
  anchorTarget: (id: IssueId | null) => Point | undefined,
): void {
  const spiral = new Map<string, number>();
  for (const node of nodes) {
    if (placed.has(node)) continue;
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (const other of neighbours.get(node) ?? []) {
      if (!placed.has(other)) continue;
      sx += other.x;
      sy += other.y;
      count += 1;
    }
    const centre =
      count > 0 ? { x: sx / count, y: sy / count } : (anchorTarget(node.anchor) ?? ORIGIN);
    const key = `${centre.x},${centre.y}`;
    const index = spiral.get(key) ?? 0;
    spiral.set(key, index + 1);
    const start = phyllotaxis(centre, index);
    node.x = start.x;
    node.y = start.y;
    placed.add(node);
  }
}
