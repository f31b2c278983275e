// Where the issues sit. Issues are the fixed anchors of the layout: every position
// and argument clusters around its issue, and actors float between the issues they
// take stances on. Pure geometry, no d3, so it can be tested and reasoned about alone.
import type { IssueId } from '../../domain/model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Graph units of ring radius per √(node count): a 90-node debate spreads about 800 wide. */
export const RING_SPREAD = 34;
/** The smallest ring, so two issues of a tiny graph never sit on top of each other. */
export const RING_MIN = 120;
/** Room each node claims when clusters are sized: its radius plus this, squared. */
const CLUSTER_PADDING = 6;

/**
 * The radius of the circle the anchors sit on. It grows with √(node count) and is at
 * least large enough that neighbouring clusters (each holding an equal share of the
 * nodes' area) do not overlap along the ring.
 */
export function ringRadius(anchorCount: number, radii: readonly number[]): number {
  if (anchorCount <= 1) return 0;
  let area = 0;
  for (const r of radii) area += (2 * (r + CLUSTER_PADDING)) ** 2;
  const clusterRadius = Math.sqrt(area / anchorCount / Math.PI);
  // Neighbouring anchors are a chord 2R·sin(π/k) apart; give each cluster its radius.
  const byRoom = clusterRadius / Math.sin(Math.PI / anchorCount);
  return Math.max(RING_MIN, RING_SPREAD * Math.sqrt(radii.length), byRoom);
}

/**
 * The anchor point of each id, in order: one anchor at the origin, two left and right,
 * more on a circle starting at the top and going clockwise (y points down on screen),
 * stretched to an ellipse of the same area for a view `aspect` times wider than tall.
 */
export function anchorPoints(
  ids: readonly IssueId[],
  radius: number,
  aspect = 1,
): Map<IssueId, Point> {
  const sx = Math.sqrt(aspect);
  const points = new Map<IssueId, Point>();
  const count = ids.length;
  const start = count === 2 ? Math.PI : -Math.PI / 2;
  ids.forEach((id, i) => {
    if (count === 1) {
      points.set(id, { x: 0, y: 0 });
      return;
    }
    const angle = start + (2 * Math.PI * i) / count;
    points.set(id, {
      x: clean(radius * sx * Math.cos(angle)),
      y: clean((radius / sx) * Math.sin(angle)),
    });
  });
  return points;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The `index`-th point of a sunflower spiral around `centre` (d3-force's own initial
 * placement, moved to a centre): deterministic, evenly spread, never two points alike.
 */
export function phyllotaxis(centre: Point, index: number, step = 10): Point {
  const r = step * Math.sqrt(0.5 + index);
  const angle = index * GOLDEN_ANGLE;
  return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
}

/** Rounds away the 1e-14 noise of cos/sin at right angles, so anchors read as 0 exactly. */
function clean(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}
