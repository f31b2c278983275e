// Arrow keys move along edges: from the focused node to the neighbour that lies most
// nearly in the arrow's direction. A pure function, tested apart from the DOM.

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const VECTORS: Record<Direction, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

export function isDirection(key: string): key is Direction {
  return key in VECTORS;
}

export interface Placed<T> {
  readonly id: T;
  readonly x: number;
  readonly y: number;
}

/**
 * The neighbour within 80° of the direction with the best mix of angle and distance;
 * when none lies that way, the nearest neighbour in angle, so every arrow moves.
 */
export function neighbourInDirection<T>(
  from: Placed<T>,
  neighbours: readonly Placed<T>[],
  direction: Direction,
): T | null {
  const [dx, dy] = VECTORS[direction];
  let best: { id: T; score: number } | null = null;
  for (const n of neighbours) {
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const distance = Math.hypot(vx, vy) || 1e-6;
    const cos = (vx * dx + vy * dy) / distance;
    // Lower is better: angle dominates, distance breaks ties; behind-you comes last.
    const score = (1 - cos) * 1000 + distance + (cos < Math.cos((80 * Math.PI) / 180) ? 1e6 : 0);
    if (!best || score < best.score) best = { id: n.id, score };
  }
  return best?.id ?? null;
}
