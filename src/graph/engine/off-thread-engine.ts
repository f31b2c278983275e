// The layout engine with its ticks in a Web Worker, for big graphs: the page keeps a
// mirror of the nodes (for drawing, hit-testing and bounds) that the worker's frames
// move, so the main thread only draws. Without workers (tests, old browsers, a worker
// that fails to start) the engine on the page does everything, as it would anyway.
import type { NodeId } from '../../domain/model';
import {
  createLayoutEngine,
  DEFAULT_REHEAT_ALPHA,
  type LayoutEngine,
  type LayoutEngineOptions,
} from './layout-engine';
import type { LayoutWorkerFrame, ToLayoutWorker } from './layout-protocol';

export interface OffThreadOptions extends LayoutEngineOptions {
  /** Starts the worker; default: layout.worker.ts, bundled by Vite. null: no worker. */
  readonly createWorker?: (() => Worker) | null;
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'stancemap-layout',
  });
}

export function createOffThreadLayoutEngine(options: OffThreadOptions): LayoutEngine {
  // The page's engine: without a worker, the whole engine; with one, a mirror that
  // never ticks (it places new nodes, holds pins, and answers find and bounds).
  const local = createLayoutEngine(options);
  const start = options.createWorker === undefined ? defaultWorker : options.createWorker;

  // The worker starts with the first graph, so an engine that is made and dropped
  // (React may do that with a state initialiser) never starts one.
  let thread: Worker | null = null;
  /** No worker (none available, it failed, or the engine is destroyed): the page lays out. */
  let onPage = start === null;
  let destroyed = false;
  let graph = 0;
  let running = false;
  let cooled = 1;
  let lastAlpha = 1;

  function fallBack(): void {
    thread?.terminate();
    thread = null;
    onPage = true;
    running = false;
  }

  function worker(): Worker | null {
    if (onPage || destroyed) return null;
    if (thread) return thread;
    try {
      thread = start?.() ?? null;
    } catch {
      thread = null;
    }
    if (!thread) {
      onPage = true;
      return null;
    }
    thread.onmessage = ({ data }: MessageEvent<LayoutWorkerFrame>) => {
      if (onPage || data.kind !== 'frame' || data.graph !== graph) return;
      running = data.running;
      cooled = data.cooled;
      local.moveTo(data.positions);
    };
    // A worker that cannot start (blocked, its file missing): lay out on the page.
    thread.onerror = (event) => {
      event.preventDefault();
      if (onPage) return;
      fallBack();
      local.reheat(lastAlpha);
    };
    return thread;
  }

  const send = (message: ToLayoutWorker) => worker()?.postMessage(message);

  return {
    setGraph(nodes, edges) {
      local.setGraph(nodes, edges);
      graph += 1;
      send({
        kind: 'graph',
        graph,
        nodes: nodes.map(({ id, type, radius, anchor }) => ({ id, type, radius, anchor })),
        edges: edges.map(({ source, target, type }) => ({ source, target, type })),
      });
    },
    settle(maxTicks) {
      if (onPage) return local.settle(maxTicks);
      // Settled in the worker; until its one frame arrives, the layout counts as moving.
      running = true;
      cooled = 0;
      send({ kind: 'settle' });
    },
    settleSome(enough) {
      if (onPage) return local.settleSome(enough);
      // The worker settles without blocking the page: all of it, at once; its frame follows.
      this.settle();
      return true;
    },
    reheat(alpha = DEFAULT_REHEAT_ALPHA) {
      lastAlpha = alpha;
      if (onPage) return local.reheat(alpha);
      running = true;
      cooled = 0;
      send({ kind: 'reheat', alpha });
    },
    stop() {
      if (onPage) return local.stop();
      send({ kind: 'stop' });
    },
    pin(id: NodeId, x: number, y: number) {
      local.pin(id, x, y);
      if (!onPage) send({ kind: 'pin', id, x, y });
    },
    unpin(id: NodeId) {
      local.unpin(id);
      if (!onPage) send({ kind: 'unpin', id });
    },
    isPinned: (id) => local.isPinned(id),
    find: (x, y, radius) => local.find(x, y, radius),
    node: (id) => local.node(id),
    nodes: () => local.nodes(),
    bounds: () => local.bounds(),
    moveTo: (positions) => local.moveTo(positions),
    onFrame: (callback) => local.onFrame(callback),
    isRunning: () => (onPage ? local.isRunning() : running),
    cooled: () => (onPage ? local.cooled() : running ? cooled : 1),
    destroy() {
      destroyed = true;
      fallBack();
      local.destroy();
    },
  };
}
