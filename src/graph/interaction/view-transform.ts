// The view's zoom as plain numbers (screen = graph × k + (x, y)), as xyflow's XYPanZoom
// hands out: only zoom-gestures.ts touches d3-zoom's transform objects, so callers and
// the first screen (placed before d3-zoom has loaded) see nothing but these numbers.

export interface Viewport {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY_VIEW: Viewport = { k: 1, x: 0, y: 0 };

/** A graph point on screen. */
export function toScreen(v: Viewport, [px, py]: readonly [number, number]): [number, number] {
  return [px * v.k + v.x, py * v.k + v.y];
}

/** A screen point in the graph. */
export function toGraph(v: Viewport, [sx, sy]: readonly [number, number]): [number, number] {
  return [(sx - v.x) / v.k, (sy - v.y) / v.k];
}

/** As an SVG transform attribute. */
export function transformAttribute(v: Viewport): string {
  return `translate(${v.x},${v.y}) scale(${v.k})`;
}
