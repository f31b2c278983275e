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
import {
  forceCollide,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { EdgeType, IssueId, NodeId, NodeType } from '../../domain/model';
import { anchorPoints, phyllotaxis, ringRadius, type Point } from './anchors';
import {
  ANCHOR_STRENGTH,
  CENTRE_STRENGTH,
  CHARGE_DISTANCE_MAX,
  CHARGE_PER_RADIUS,
  COLLIDE_PADDING,
  DEFAULT_REHEAT_ALPHA,
  LINK_FORCE,
  MASS,
  RING_GROWTH,
  settleTicks,
} from './layout-tuning';
import { keepNamesFree } from './name-boxes';
import { lcg, springForce, type Spring } from './spring-force';

export { DEFAULT_REHEAT_ALPHA } from './layout-tuning';

export interface LayoutInputNode {
  readonly id: NodeId;
  readonly type: NodeType;
  readonly radius: number;
  /** The issue this node clusters around, null for none (actors). Ignored on issues, which anchor themselves. */
  readonly anchor: IssueId | null;
  /** Room the node keeps free around its centre (its label's), when larger than its radius. */
  readonly room?: number;
  /** A box kept free of other nodes for the node's name, above or below it (name-boxes.ts), graph units. */
  readonly keepOut?: { readonly width: number; readonly height: number };
}

export interface GraphArrangement {
  /** Where the issues sit, instead of a ring (a map of issues drawn as a list). */
  readonly anchors?: ReadonlyMap<IssueId, Point>;
  /** Width over height of the view: the ring of issues stretches to an ellipse that fills it. */
  readonly aspect?: number;
  /** Where other nodes sit, held there like the issues (a focus drawn as rows, rows-layout.ts). */
  readonly fixed?: ReadonlyMap<NodeId, Point>;
}

export interface LayoutInputEdge {
  readonly source: NodeId;
  readonly target: NodeId;
  readonly type: EdgeType;
}

export interface SimNode extends SimulationNodeDatum {
  readonly id: NodeId;
  readonly type: NodeType;
  radius: number;
  /** Collision radius: the radius, or the room the node's label needs. */
  room: number;
  /** The box kept free for the node's name, if any. */
  keepOut?: { readonly width: number; readonly height: number } | undefined;
  x: number;
  y: number;
}

export interface LayoutEngineOptions {
  /** false: never animate (prefers-reduced-motion, tests, jsdom): every change settles synchronously and emits exactly one frame. */
  readonly animate: boolean;
  /** Default requestAnimationFrame; without one (node), the engine behaves as if animate were false. */
  readonly requestFrame?: (cb: () => void) => number;
  /** Default cancelAnimationFrame. */
  readonly cancelFrame?: (handle: number) => void;
}

export interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LayoutEngine {
  /**
   * Replace the graph. Nodes that survive keep their positions (and pins); new nodes
   * start near their positioned neighbours, else near their anchor, else near the
   * origin, on a sunflower spiral. Warms the layout (alpha 1 for the first graph, at
   * least 0.3 after) but does not tick and emits no frame.
   */
  setGraph(
    nodes: readonly LayoutInputNode[],
    edges: readonly LayoutInputEdge[],
    arrangement?: GraphArrangement,
  ): void;
  /** Synchronous warm-up: tick until alpha < alphaMin or maxTicks, then emit one frame. */
  settle(maxTicks?: number): void;
  /**
   * The same warm-up in parts, so a big graph never blocks the page for long: ticks
   * until the layout rests or `enough()` says to stop for now. Returns true, and emits
   * the one frame, once at rest; call it again to go on. The ticks are the same as
   * settle's however they are split, so the picture is too.
   */
  settleSome(enough: () => boolean): boolean;
  /** Reheat to `alpha` (default 0.3) and animate until cool; when not animating, settle instead. */
  reheat(alpha?: number): void;
  /** Stop the animation loop (the layout keeps its alpha). */
  stop(): void;
  /** Fix a node at (x, y) (drag); emits a frame. */
  pin(id: NodeId, x: number, y: number): void;
  /** Release a pinned node (double-click); an issue returns to its anchor. Emits a frame if it was pinned. */
  unpin(id: NodeId): void;
  isPinned(id: NodeId): boolean;
  /** The node whose centre is nearest (x, y) within `radius` (graph coordinates; default unlimited). */
  find(x: number, y: number, radius?: number): SimNode | undefined;
  node(id: NodeId): SimNode | undefined;
  nodes(): readonly SimNode[];
  /** Bounding box of all nodes including their radius; all zeros when empty. */
  bounds(): Bounds;
  /**
   * Takes positions computed elsewhere (the layout worker): x, y pairs in nodes()
   * order. Fixed nodes (issues, pins) keep their place. Emits a frame.
   */
  moveTo(positions: ArrayLike<number>): void;
  /** Subscribe to frames; returns an unsubscribe function. */
  onFrame(callback: (nodes: readonly SimNode[]) => void): () => void;
  /** True while the animation loop runs. */
  isRunning(): boolean;
  /** How far the layout has cooled: 0 just heated, 1 at rest (for a progress bar). */
  cooled(): number;
  destroy(): void;
}

interface EngineNode extends SimNode {
  /** The anchor's id; an issue's is its own id. */
  anchor: IssueId | null;
  vx: number;
  vy: number;
}

const ORIGIN: Point = { x: 0, y: 0 };

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

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
  const animate = options.animate && requestFrame !== undefined;

  let list: EngineNode[] = [];
  let byId = new Map<NodeId, EngineNode>();
  let anchorIds: IssueId[] = [];
  let anchors = new Map<IssueId, Point>();
  let ring = 0;
  let givenAnchors: ReadonlyMap<IssueId, Point> | null = null;
  let fixed: ReadonlyMap<NodeId, Point> = new Map();
  let aspect = 1;
  const pins = new Map<NodeId, Point>();
  const listeners = new Set<(nodes: readonly SimNode[]) => void>();
  let tree: Quadtree<EngineNode> | null = null;
  let frameHandle: number | null = null;
  let running = false;
  let destroyed = false;
  /** Whether any node keeps a box free for its name. */
  let keepers = false;
  /** Ticks left of a settle done in parts; null when none is under way. */
  let settleLeft: number | null = null;

  /** Where an anchor's nodes are pulled: its issue's (possibly dragged) place, else its point. */
  function anchorTarget(id: IssueId | null): Point | undefined {
    if (id === null) return undefined;
    const issue = byId.get(id);
    if (issue !== undefined && issue.type === 'issue' && issue.fx != null && issue.fy != null) {
      return { x: issue.fx, y: issue.fy };
    }
    return anchors.get(id);
  }
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

  function emit(): void {
    if (destroyed) return;
    for (const callback of [...listeners]) callback(list);
  }

  function cancelLoop(): void {
    if (frameHandle !== null) cancelFrame(frameHandle);
    frameHandle = null;
    running = false;
  }

  function tick(): void {
    simulation.tick();
    if (keepers) keepNamesFree(list);
    tree = null;
  }

  function frame(): void {
    frameHandle = null;
    if (destroyed || !running) return;
    tick();
    if (simulation.alpha() < simulation.alphaMin()) running = false;
    else if (requestFrame !== undefined) frameHandle = requestFrame(frame);
    emit();
  }

  /** Re-reads every anchor target (after an issue moved). */
  function refreshTargets(): void {
    anchorX.x(targetX);
    anchorY.y(targetY);
  }

  /** Whether a node holds a place of its own (an issue on its anchor, a node of rows). */
  const held = (node: EngineNode) => node.type === 'issue' || fixed.has(node.id);

  function placeHeld(node: EngineNode): void {
    const pinned = pins.get(node.id);
    const point =
      pinned ??
      fixed.get(node.id) ??
      (node.anchor === null ? undefined : anchors.get(node.anchor)) ??
      ORIGIN;
    node.fx = node.x = point.x;
    node.fy = node.y = point.y;
    node.vx = node.vy = 0;
  }

  const engine: LayoutEngine = {
    setGraph(inputNodes, inputEdges, arrangement = {}) {
      if (destroyed) return;
      const firstGraph = list.length === 0;
      const nextById = new Map<NodeId, EngineNode>();
      const nextList: EngineNode[] = [];
      const fresh = new Set<EngineNode>();
      for (const input of inputNodes) {
        if (nextById.has(input.id)) continue; // a repeated id: the first one wins
        const anchor = input.type === 'issue' ? (input.id as IssueId) : input.anchor;
        const old = byId.get(input.id);
        let node: EngineNode;
        if (old !== undefined && old.type === input.type) {
          node = old;
          node.radius = input.radius;
          node.room = Math.max(input.radius, input.room ?? 0);
          node.keepOut = input.keepOut;
          node.anchor = anchor;
        } else {
          node = {
            id: input.id,
            type: input.type,
            radius: input.radius,
            room: Math.max(input.radius, input.room ?? 0),
            keepOut: input.keepOut,
            anchor,
            x: 0,
            y: 0,
            vx: 0,
            vy: 0,
          };
          pins.delete(input.id);
          fresh.add(node);
        }
        nextById.set(node.id, node);
        nextList.push(node);
      }
      for (const id of [...pins.keys()]) if (!nextById.has(id)) pins.delete(id);

      // Anchors: every issue in order, then issues that nodes name but that are not
      // shown (filtered out), so clusters stay apart either way. The ring is laid out
      // again only when the anchors change or the graph outgrows it, never to shrink
      // it, so filtering does not move the issues.
      const nextAnchorIds: IssueId[] = [];
      const seen = new Set<IssueId>();
      const addAnchor = (id: IssueId | null) => {
        if (id !== null && !seen.has(id)) {
          seen.add(id);
          nextAnchorIds.push(id);
        }
      };
      for (const node of nextList) if (node.type === 'issue') addAnchor(node.anchor);
      for (const node of nextList) addAnchor(node.anchor);
      const idealRing = ringRadius(
        nextAnchorIds.length,
        nextList.map((n) => n.room),
      );
      const before = new Map(anchorIds.map((id) => [id, anchorTarget(id)]));
      const given = arrangement.anchors ?? null;
      // Within reason: a very wide or tall box still gets a readable ring.
      const nextAspect = Math.min(2, Math.max(0.5, arrangement.aspect ?? 1));
      if (
        !sameList(nextAnchorIds, anchorIds) ||
        given !== givenAnchors ||
        nextAspect !== aspect ||
        idealRing > ring * RING_GROWTH
      ) {
        anchorIds = nextAnchorIds;
        ring = idealRing;
        givenAnchors = given;
        aspect = nextAspect;
        anchors = given ? new Map(given) : anchorPoints(anchorIds, ring, aspect);
      }
      // Edges between shown nodes only; a self-loop has no length to keep.
      const neighbours = new Map<EngineNode, EngineNode[]>();
      const degree = new Map<EngineNode, number>();
      const pairs: [EngineNode, EngineNode, EdgeType][] = [];
      for (const edge of inputEdges) {
        const source = nextById.get(edge.source);
        const target = nextById.get(edge.target);
        if (source === undefined || target === undefined || source === target) continue;
        pairs.push([source, target, edge.type]);
        for (const [a, b] of [
          [source, target],
          [target, source],
        ] as const) {
          const known = neighbours.get(a);
          if (known === undefined) neighbours.set(a, [b]);
          else known.push(b);
          degree.set(a, (degree.get(a) ?? 0) + 1);
        }
      }
      const springs: Spring[] = pairs.map(([source, target, type]) => {
        const force = LINK_FORCE[type];
        const sourceDegree = degree.get(source) ?? 1;
        const targetDegree = degree.get(target) ?? 1;
        const sourceMass = sourceDegree * MASS[source.type];
        const targetMass = targetDegree * MASS[target.type];
        return {
          source,
          target,
          distance: source.radius + target.radius + force.gap,
          strength: force.normalised
            ? force.strength / Math.min(sourceDegree, targetDegree)
            : force.strength,
          bias: sourceMass / (sourceMass + targetMass),
        };
      });

      // Issues sit on their anchors (or where they were dragged to). New nodes start,
      // in input order, at the centre of their already placed neighbours, else at
      // their anchor, else at the origin, spiralling out so no two coincide.
      list = nextList;
      byId = nextById;
      fixed = arrangement.fixed ?? new Map();
      for (const node of list) if (held(node)) placeHeld(node);
      // A cluster whose anchor moved moves with it, keeping its shape.
      for (const node of list) {
        if (fresh.has(node) || held(node) || node.fx != null) continue;
        const from = node.anchor === null ? undefined : before.get(node.anchor);
        const to = anchorTarget(node.anchor);
        if (from === undefined || to === undefined) continue;
        node.x += to.x - from.x;
        node.y += to.y - from.y;
      }
      const placed = new Set<EngineNode>(list.filter((n) => !fresh.has(n) || held(n)));
      const spiral = new Map<string, number>();
      for (const node of list) {
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

      // Forces re-read nodes and links; jiggle restarts from the fixed seed, so the
      // result depends only on the input and the surviving positions.
      link.springs(springs);
      keepers = list.some((n) => n.keepOut);
      simulation.randomSource(lcg());
      simulation.nodes(list);
      // Big graphs cool faster, in fewer ticks, whether settled or animated.
      const cooling = 1 - Math.pow(simulation.alphaMin(), 1 / settleTicks(list.length));
      simulation.alphaDecay(Math.max(defaultDecay, cooling));
      simulation.alpha(firstGraph ? 1 : Math.max(simulation.alpha(), DEFAULT_REHEAT_ALPHA));
      settleLeft = null;
      tree = null;
    },

    settle(maxTicks) {
      if (destroyed) return;
      cancelLoop();
      settleLeft = maxTicks ?? null;
      engine.settleSome(() => false);
    },

    settleSome(enough) {
      if (destroyed) return true;
      cancelLoop();
      // setGraph chose the decay that cools from alpha 1 in settleTicks ticks; one
      // more covers rounding.
      settleLeft ??= settleTicks(list.length) + 1;
      while (settleLeft > 0 && simulation.alpha() >= simulation.alphaMin()) {
        tick();
        settleLeft -= 1;
        if (settleLeft > 0 && simulation.alpha() >= simulation.alphaMin() && enough()) return false;
      }
      settleLeft = null;
      emit();
      return true;
    },

    reheat(alpha = DEFAULT_REHEAT_ALPHA) {
      if (destroyed) return;
      simulation.alpha(alpha);
      settleLeft = null;
      if (!animate || requestFrame === undefined) {
        engine.settle();
        return;
      }
      if (running) return;
      running = true;
      frameHandle = requestFrame(frame);
    },

    stop() {
      cancelLoop();
    },

    pin(id, x, y) {
      const node = byId.get(id);
      if (destroyed || node === undefined) return;
      pins.set(id, { x, y });
      node.fx = node.x = x;
      node.fy = node.y = y;
      node.vx = node.vy = 0;
      if (node.type === 'issue') refreshTargets();
      tree = null;
      emit();
    },

    unpin(id) {
      const node = byId.get(id);
      if (destroyed || node === undefined || !pins.delete(id)) return;
      if (held(node)) {
        placeHeld(node);
        refreshTargets();
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

    isRunning() {
      return running;
    },

    cooled() {
      if (!running) return 1;
      // Alpha decays geometrically from 1 to alphaMin: its logarithm cools linearly.
      const done = Math.log(simulation.alpha()) / Math.log(simulation.alphaMin());
      return Math.min(1, Math.max(0, done));
    },

    destroy() {
      cancelLoop();
      destroyed = true;
      listeners.clear();
      simulation.stop();
    },
  };
  return engine;
}
