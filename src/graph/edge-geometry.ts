// Where an edge is drawn: from the source's rim to just short of the target's, so
// arrow and bar markers touch the target's outline. Pure; shared by the renderers.

interface Circle {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface EdgeLine {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** The unit vector from source to target. */
  readonly ux: number;
  readonly uy: number;
}

/** The edge from rim to rim; the end stops 3 short of the target (at most halfway). */
export function rimToRim(source: Circle, target: Circle): EdgeLine {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.sqrt(dx * dx + dy * dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const end = Math.min(target.radius + 3, length / 2);
  return {
    x1: source.x + ux * source.radius,
    y1: source.y + uy * source.radius,
    x2: target.x - ux * end,
    y2: target.y - uy * end,
    ux,
    uy,
  };
}
