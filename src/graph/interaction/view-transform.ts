// The view's zoom as plain numbers (screen = graph × k + (x, y)), the shape of d3-zoom's
// ZoomTransform, so the first screen can place the graph before d3-zoom has loaded.

export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
  /** A graph point on screen. */
  apply(point: readonly [number, number]): [number, number];
  /** A screen point in the graph. */
  invert(point: readonly [number, number]): [number, number];
  /** As an SVG transform attribute. */
  toString(): string;
}

export function viewTransform(k: number, x: number, y: number): ViewTransform {
  return {
    k,
    x,
    y,
    apply: ([px, py]) => [px * k + x, py * k + y],
    invert: ([sx, sy]) => [(sx - x) / k, (sy - y) / k],
    toString: () => `translate(${x},${y}) scale(${k})`,
  };
}

export const IDENTITY_VIEW = viewTransform(1, 0, 0);
