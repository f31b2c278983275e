// The layout's forces: d3-force's simulation with springs along the links, charge,
// collision, and the pull of every node toward its issue's anchor (actors, which have
// none, toward the centre). The engine drives every tick itself; this module only sets
// the forces up and hands them a new graph.
import {
  forceCollide,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
} from 'd3-force';
import type { IssueId } from '../../domain/model';
import type { Point } from './anchors';
import {
  ANCHOR_STRENGTH,
  CENTRE_STRENGTH,
  CHARGE_DISTANCE_MAX,
  CHARGE_PER_RADIUS,
  COLLIDE_PADDING,
  DEFAULT_REHEAT_ALPHA,
  settleTicks,
} from './layout-tuning';
import type { EngineNode } from './layout-types';
import { lcg, springForce, type Spring } from './spring-force';

export interface LayoutForces {
  readonly simulation: Simulation<EngineNode, undefined>;
  /** Re-reads every anchor target (after an issue moved). */
  refreshTargets(): void;
  /**
   * Hands the forces a new graph and warms it: alpha 1 for the first graph, at least
   * the reheat alpha after. Does not tick.
   */
  load(nodes: EngineNode[], springs: readonly Spring[], firstGraph: boolean): void;
}

/** `anchorTarget` says where an anchor's nodes are pulled, undefined for none. */
export function createLayoutForces(
  anchorTarget: (id: IssueId | null) => Point | undefined,
): LayoutForces {
  const targetX = (node: EngineNode) => anchorTarget(node.anchor)?.x ?? 0;
  const targetY = (node: EngineNode) => anchorTarget(node.anchor)?.y ?? 0;
  const pull = (node: EngineNode) =>
    anchorTarget(node.anchor) === undefined ? CENTRE_STRENGTH : ANCHOR_STRENGTH[node.type];

  const link = springForce();
  const anchorX = forceX<EngineNode>(targetX).strength(pull);
  const anchorY = forceY<EngineNode>(targetY).strength(pull);
  const simulation = forceSimulation<EngineNode>([])
    .randomSource(lcg())
    .force('link', link)
    .force(
      'charge',
      forceManyBody<EngineNode>()
        .strength((n) => CHARGE_PER_RADIUS * n.radius)
        .distanceMax(CHARGE_DISTANCE_MAX),
    )
    .force(
      'collide',
      forceCollide<EngineNode>((n) => n.room + COLLIDE_PADDING),
    )
    .force('x', anchorX)
    .force('y', anchorY)
    // d3 starts its own timer on creation; this engine drives every tick itself.
    .stop();
  const defaultDecay = simulation.alphaDecay();

  return {
    simulation,

    refreshTargets() {
      anchorX.x(targetX);
      anchorY.y(targetY);
    },

    load(nodes, springs, firstGraph) {
      // Forces re-read nodes and links; jiggle restarts from the fixed seed, so the
      // result depends only on the input and the surviving positions.
      link.springs(springs);
      simulation.randomSource(lcg());
      simulation.nodes(nodes);
      // Big graphs cool faster, in fewer ticks, whether settled or animated.
      const cooling = 1 - Math.pow(simulation.alphaMin(), 1 / settleTicks(nodes.length));
      simulation.alphaDecay(Math.max(defaultDecay, cooling));
      simulation.alpha(firstGraph ? 1 : Math.max(simulation.alpha(), DEFAULT_REHEAT_ALPHA));
    },
  };
}
