// The layout worker: the same engine as on the page, ticking off the main thread as
// fast as it can while the layout is hot, posting each frame's positions back. Same
// input, same ticks, same picture as the synchronous engine.
import { createLayoutEngine } from './layout-engine';
import type { LayoutWorkerFrame, ToLayoutWorker } from './layout-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToLayoutWorker>) => void) | null;
  postMessage(message: LayoutWorkerFrame, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

// A zero-delay macrotask between ticks, so messages (a drag, a new graph) get in.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
let handles = 0;
const cancelled = new Set<number>();

const engine = createLayoutEngine({
  animate: true,
  requestFrame: (callback) => {
    const handle = ++handles;
    queue.push(() => {
      if (!cancelled.delete(handle)) callback();
    });
    channel.port2.postMessage(null);
    return handle;
  },
  cancelFrame: (handle) => {
    cancelled.add(handle);
  },
});

let graph = 0;

/**
 * While the layout moves, a frame goes to the page at most this often (the painter's
 * own pace while the layout moves, use-painter.ts): the worker ticks a 2,000-node graph
 * several times per frame, and each frame posted costs the page a copy, a fit and a
 * redraw request, which kept its main thread busy long after the graph was ready.
 */
const POST_EVERY_MS = 30;
let lastPost = -Infinity;
/** A moving frame not posted yet: sent when the layout stops. */
let unposted = false;

function post(nodes: readonly { x: number; y: number }[]): void {
  const positions = new Float64Array(nodes.length * 2);
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (!node) continue;
    positions[2 * i] = node.x;
    positions[2 * i + 1] = node.y;
  }
  lastPost = performance.now();
  unposted = false;
  scope.postMessage(
    { kind: 'frame', graph, positions, running: engine.isRunning(), cooled: engine.cooled() },
    [positions.buffer],
  );
}

engine.onFrame((nodes) => {
  // The last frame of a layout (and any frame at rest: a settle, a pin) always goes.
  if (engine.isRunning() && performance.now() - lastPost < POST_EVERY_MS) unposted = true;
  else post(nodes);
});

scope.onmessage = ({ data: message }) => {
  switch (message.kind) {
    case 'graph':
      graph = message.graph;
      engine.setGraph(message.nodes, message.edges);
      return;
    case 'settle':
      engine.settle();
      return;
    case 'reheat':
      engine.reheat(message.alpha);
      return;
    case 'stop':
      engine.stop();
      if (unposted) post(engine.nodes());
      return;
    case 'pin':
      engine.pin(message.id, message.x, message.y);
      return;
    case 'unpin':
      engine.unpin(message.id);
      return;
  }
};
