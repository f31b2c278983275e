// The layout engine's shapes: what goes in (nodes, edges, an arrangement), what comes
// out (simulation nodes, bounds) and the engine's interface, apart from the code that
// implements it so renderers, the worker and the engine's parts can share them.
import type { SimulationNodeDatum } from 'd3-force';
import type { EdgeType, IssueId, NodeId, NodeType } from '../../domain/model';
import type { Point } from './anchors';

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

/** A simulation node as the engine keeps it: with its anchor and d3's velocities. */
export interface EngineNode extends SimNode {
  /** The anchor's id; an issue's is its own id. */
  anchor: IssueId | null;
  vx: number;
  vy: number;
}
