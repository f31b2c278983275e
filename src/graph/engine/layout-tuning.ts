// How the layout engine pulls and pushes: the tuning tables of its forces and how long
// a settle runs. Numbers only, so they can be read and changed in one place.
import type { EdgeType, NodeType } from '../../domain/model';

/**
 * How each kind of edge pulls: rest length beyond the two radii, and strength. A
 * normalised strength is divided by the smaller degree of the two ends (d3's default,
 * which keeps hubs from being yanked about); `answers` ties a position to its issue
 * at full strength, since a position has exactly one.
 */
export const LINK_FORCE: Readonly<
  Record<
    EdgeType,
    { readonly gap: number; readonly strength: number; readonly normalised: boolean }
  >
> = {
  answers: { gap: 22, strength: 0.8, normalised: false },
  stance: { gap: 70, strength: 0.5, normalised: true },
  supports: { gap: 36, strength: 0.7, normalised: true },
  attacks: { gap: 36, strength: 0.7, normalised: true },
  makes: { gap: 110, strength: 0.12, normalised: true },
  'member-of': { gap: 80, strength: 0.2, normalised: true },
};

/**
 * How hard a node is to move along an edge, per unit of degree (d3 uses the degree
 * alone). Positions are the skeleton of their issue's cluster, so the many stances
 * and arguments on them move them little; actors move the most.
 */
export const MASS: Readonly<Record<NodeType, number>> = {
  issue: 4,
  position: 4,
  argument: 2,
  actor: 1,
};

/** Pull toward the node's issue; actors (no anchor) get a weak pull to the centre instead. */
export const ANCHOR_STRENGTH: Readonly<Record<NodeType, number>> = {
  issue: 0,
  position: 0.15,
  argument: 0.08,
  actor: 0.05,
};
export const CENTRE_STRENGTH = 0.02;

/** Many-body charge per unit of radius (negative: nodes repel). */
export const CHARGE_PER_RADIUS = -7;
/** Charge beyond this distance is ignored: keeps big graphs cheap and clusters independent. */
export const CHARGE_DISTANCE_MAX = 320;
/** Collision radius = node radius + this, so nodes never touch. */
export const COLLIDE_PADDING = 6;

/** The ring of anchors is laid out again when the graph needs a ring this much larger. */
export const RING_GROWTH = 1.25;

export const DEFAULT_REHEAT_ALPHA = 0.3;
/**
 * Ticks from alpha 1 to rest up to SETTLE_FULL_NODES nodes; fewer above (alpha decays
 * faster). 150, not d3's 300: on the bundled debate the picture named as many issues
 * and actors at every size measured, at half the cost (its overview at 1280 px is laid
 * out three times before it is shown, use-settled-layout.ts).
 */
export const SETTLE_TICKS = 150;
export const SETTLE_FULL_NODES = 1000;
export const SETTLE_MIN_TICKS = 50;

/**
 * Ticks for a full settle: 150 up to 1,000 nodes, then inversely proportional to the
 * node count (2,000 nodes: 75), never below 50: about the same work at any size.
 */
export function settleTicks(nodeCount: number): number {
  if (nodeCount <= SETTLE_FULL_NODES) return SETTLE_TICKS;
  return Math.max(SETTLE_MIN_TICKS, Math.round((SETTLE_TICKS * SETTLE_FULL_NODES) / nodeCount));
}
