// The layout engine: a framework-free object around d3-force's simulation.
//
// It copies the graph into its own simulation nodes (d3 mutates them), ticks either
// synchronously (`settle`) or from its own requestAnimationFrame loop while the layout
// is hot (`reheat`), then sleeps. Renderers subscribe with `onFrame` and write the
// positions straight to the screen; nothing here knows about React or the store.
//
// The picture reads as "who stands where on what": issues are fixed anchors on a
// ring, positions and arguments are pulled to their issue, actors only by their links
// (and a weak pull to the centre), so they settle between the issues they speak to.
// Same input, same picture: initial positions come from input order, and d3's jiggle
// draws from a fixed-seed generator that is reset on every setGraph.
//
// This module puts the parts together and keeps the engine's state: the nodes, pins
// and listeners. The parts: anchor-ring.ts (where the issues sit), layout-nodes.ts
// (the engine's copies of the nodes), layout-links.ts (springs and neighbours),
// node-placement.ts (where nodes start), layout-forces.ts (the simulation) and
// layout-loop.ts (how its ticks are run).
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { IssueId, NodeId } from '../../domain/model';
import type { Point } from './anchors';
import { createAnchorRing } from './anchor-ring';
import { createLayoutForces } from './layout-forces';
import { layoutLinks } from './layout-links';
import { createLayoutLoop } from './layout-loop';
import { nextNodes } from './layout-nodes';
import type { EngineNode, LayoutEngine, LayoutEngineOptions, SimNode } from './layout-types';
import { keepNamesFree } from './name-boxes';
import { followAnchors, placeHeld, placeNew } from './node-placement';

export { DEFAULT_REHEAT_ALPHA } from './layout-tuning';
export type {
  Bounds,
  GraphArrangement,
  LayoutEngine,
  LayoutEngineOptions,
  LayoutInputEdge,
  LayoutInputNode,
  SimNode,
} from './layout-types';

export function createLayoutEngine(options: LayoutEngineOptions): LayoutEngine {
  const requestFrame =
    options.requestFrame ??
    (typeof requestAnimationFrame === 'function'
      ? (cb: () => void) => requestAnimationFrame(cb)
      : undefined);
  const cancelFrame =
    options.cancelFrame ??
    (typeof cancelAnimationFrame === 'function'
      ? (handle: number) => cancelAnimationFrame(handle)
      : () => {});

  let list: EngineNode[] = [];
  let byId = new Map<NodeId, EngineNode>();
  const ring = createAnchorRing();
  let fixed: ReadonlyMap<NodeId, Point> = new Map();
  const pins = new Map<NodeId, Point>();
  const listeners = new Set<(nodes: readonly SimNode[]) => void>();
  let tree: Quadtree<EngineNode> | null = null;
  let destroyed = false;
  /** Whether any node keeps a box free for its name. */
  let keepers = false;

  /** Where an anchor's nodes are pulled: its issue's (possibly dragged) place, else its point. */
  function anchorTarget(id: IssueId | null): Point | undefined {
    if (id === null) return undefined;
    const issue = byId.get(id);
    if (issue !== undefined && issue.type === 'issue' && issue.fx != null && issue.fy != null) {
      return { x: issue.fx, y: issue.fy };
    }
    return ring.point(id);
  }

  function emit(): void {
    if (destroyed) return;
    for (const callback of [...listeners]) callback(list);
  }

  const forces = createLayoutForces(anchorTarget);
  const loop = createLayoutLoop({
    simulation: forces.simulation,
    afterTick() {
      if (keepers) keepNamesFree(list);
      tree = null;
    },
    emit,
    animate: options.animate,
    requestFrame,
    cancelFrame,
  });

  /** Whether a node holds a place of its own (an issue on its anchor, a node of rows). */
  const held = (node: EngineNode) => node.type === 'issue' || fixed.has(node.id);
  const holdInPlace = (node: EngineNode) =>
    placeHeld(
      node,
      pins.get(node.id) ??
        fixed.get(node.id) ??
        (node.anchor === null ? undefined : ring.point(node.anchor)),
    );

  const engine: LayoutEngine = {
    setGraph(inputNodes, inputEdges, arrangement = {}) {
      if (destroyed) return;
      const firstGraph = list.length === 0;
      const next = nextNodes(inputNodes, byId, pins);
      // Where the anchors were pulling before, so their clusters can follow them.
      const before = new Map(ring.ids().map((id) => [id, anchorTarget(id)]));
      ring.update(next.list, arrangement);
      const links = layoutLinks(inputEdges, next.byId);

      list = next.list;
      byId = next.byId;
      fixed = arrangement.fixed ?? new Map();
      for (const node of list) if (held(node)) holdInPlace(node);
      followAnchors(list, (n) => next.fresh.has(n) || held(n), before, anchorTarget);
      const placed = new Set<EngineNode>(list.filter((n) => !next.fresh.has(n) || held(n)));
      placeNew(list, placed, links.neighbours, anchorTarget);

      keepers = list.some((n) => n.keepOut);
      forces.load(list, links.springs, firstGraph);
      loop.forgetSettle();
      tree = null;
    },

    settle: (maxTicks) => loop.settle(maxTicks),
    settleSome: (enough) => loop.settleSome(enough),
    reheat: (alpha) => loop.reheat(alpha),
    stop: () => loop.stop(),

    pin(id, x, y) {
      const node = byId.get(id);
      if (destroyed || node === undefined) return;
      pins.set(id, { x, y });
      node.fx = node.x = x;
      node.fy = node.y = y;
      node.vx = node.vy = 0;
      if (node.type === 'issue') forces.refreshTargets();
      tree = null;
      emit();
    },

    unpin(id) {
      const node = byId.get(id);
      if (destroyed || node === undefined || !pins.delete(id)) return;
      if (held(node)) {
        holdInPlace(node);
        forces.refreshTargets();
      } else {
        node.fx = node.fy = null;
      }
      tree = null;
      emit();
    },

    isPinned(id) {
      return pins.has(id);
    },

    find(x, y, radius = Infinity) {
      tree ??= quadtree(
        list,
        (n) => n.x,
        (n) => n.y,
      );
      return tree.find(x, y, radius);
    },

    node(id) {
      return byId.get(id);
    },

    nodes() {
      return list;
    },

    bounds() {
      if (list.length === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (const n of list) {
        x0 = Math.min(x0, n.x - n.radius);
        y0 = Math.min(y0, n.y - n.radius);
        x1 = Math.max(x1, n.x + n.radius);
        y1 = Math.max(y1, n.y + n.radius);
      }
      return { x0, y0, x1, y1 };
    },

    moveTo(positions) {
      if (destroyed) return;
      const count = Math.min(list.length, Math.floor(positions.length / 2));
      for (let i = 0; i < count; i += 1) {
        const node = list[i] as EngineNode;
        if (node.fx != null) continue;
        node.x = positions[2 * i] as number;
        node.y = positions[2 * i + 1] as number;
      }
      tree = null;
      emit();
    },

    onFrame(callback) {
      if (destroyed) return () => {};
      listeners.add(callback);
      return () => {
        listeners.delete(callback);
      };
    },

    isRunning: () => loop.isRunning(),
    cooled: () => loop.cooled(),

    destroy() {
      loop.destroy();
      destroyed = true;
      listeners.clear();
      forces.simulation.stop();
    },
  };
  return engine;
}
