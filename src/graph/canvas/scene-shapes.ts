// The outlines the painter fills and strokes: node shapes (node-style.ts's shapePath),
// edges from rim to rim, and the SVG markers' arrowheads and bars.
import type { NodeType } from '../../domain/model';
import { rimToRim } from '../edge-geometry';
import type { SceneContext, SceneEdge } from './scene-types';

/** Adds a node's outline (node-style.ts's shapePath) to the current path. */
export function traceShape(
  ctx: Pick<SceneContext, 'moveTo' | 'lineTo' | 'arc' | 'closePath'>,
  type: NodeType,
  x: number,
  y: number,
  r: number,
): void {
  switch (type) {
    case 'issue': {
      // A square with corners rounded by 4 units.
      const s = r * 0.9;
      const c = Math.min(4, s);
      ctx.moveTo(x - s + c, y - s);
      ctx.arc(x + s - c, y - s + c, c, -Math.PI / 2, 0);
      ctx.arc(x + s - c, y + s - c, c, 0, Math.PI / 2);
      ctx.arc(x - s + c, y + s - c, c, Math.PI / 2, Math.PI);
      ctx.arc(x - s + c, y - s + c, c, Math.PI, (3 * Math.PI) / 2);
      ctx.closePath();
      return;
    }
    case 'position': {
      const d = r * 1.15;
      ctx.moveTo(x, y - d);
      ctx.lineTo(x + d, y);
      ctx.lineTo(x, y + d);
      ctx.lineTo(x - d, y);
      ctx.closePath();
      return;
    }
    case 'actor':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'argument': {
      const h = r * 1.25;
      ctx.moveTo(x, y - h);
      ctx.lineTo(x + h * 1.05, y + h * 0.75);
      ctx.lineTo(x - h * 1.05, y + h * 0.75);
      ctx.closePath();
      return;
    }
  }
}

/** From the source's rim to just short of the target's, as writeEdgePosition does in SVG. */
export function traceEdge(ctx: Pick<SceneContext, 'moveTo' | 'lineTo'>, edge: SceneEdge): void {
  const { x1, y1, x2, y2 } = rimToRim(edge.source, edge.target);
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
}

/**
 * The SVG markers: supports ends in an arrowhead (viewBox 10, refX 9, 7 stroke widths
 * wide), attacks in a bar (x 6 to 9, refX 8, 8 stroke widths wide).
 */
export function traceMarker(
  ctx: Pick<SceneContext, 'moveTo' | 'lineTo' | 'closePath'>,
  edge: SceneEdge,
  strokeWidth: number,
): void {
  const { x2: tipX, y2: tipY, ux, uy } = rimToRim(edge.source, edge.target);
  // Marker space: u along the edge from the reference point, v across it.
  const supports = edge.kind === 'supports';
  const unit = ((supports ? 7 : 8) * strokeWidth) / 10;
  const refX = supports ? 9 : 8;
  const point = (mx: number, my: number): [number, number] => {
    const u = (mx - refX) * unit;
    const v = (my - 5) * unit;
    return [tipX + ux * u - uy * v, tipY + uy * u + ux * v];
  };
  const corners: [number, number][] = supports
    ? [point(0, 0), point(10, 5), point(0, 10)]
    : [point(6, 0), point(9, 0), point(9, 10), point(6, 10)];
  const [first, ...rest] = corners;
  if (!first) return;
  ctx.moveTo(first[0], first[1]);
  for (const [x, y] of rest) ctx.lineTo(x, y);
  ctx.closePath();
}
