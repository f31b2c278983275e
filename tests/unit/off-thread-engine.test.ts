// The layout engine with its ticks in a worker, against a fake worker: what it sends,
// how frames move the page's mirror, and the fallback when the worker fails.
import { describe, expect, it, vi } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import type { LayoutInputEdge, LayoutInputNode } from '../../src/graph/engine/layout-engine';
import type { LayoutWorkerFrame, ToLayoutWorker } from '../../src/graph/engine/layout-protocol';
import { createOffThreadLayoutEngine } from '../../src/graph/engine/off-thread-engine';

const id = (s: string) => s as NodeId;
const nodes: LayoutInputNode[] = [
  { id: id('i'), type: 'issue', radius: 24, anchor: null },
  { id: id('p'), type: 'position', radius: 13, anchor: 'i' as never },
  { id: id('a'), type: 'actor', radius: 10, anchor: null },
];
const edges: LayoutInputEdge[] = [
  { source: id('p'), target: id('i'), type: 'answers' },
  { source: id('a'), target: id('p'), type: 'stance' },
];

class FakeWorker {
  sent: ToLayoutWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  postMessage(message: ToLayoutWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  frame(graph: number, positions: number[], running: boolean, cooled = running ? 0.5 : 1) {
    const data: LayoutWorkerFrame = {
      kind: 'frame',
      graph,
      positions: Float64Array.from(positions),
      running,
      cooled,
    };
    this.onmessage?.({ data } as MessageEvent);
  }
}

function engineWithWorker() {
  const worker = new FakeWorker();
  const start = vi.fn(() => worker as unknown as Worker);
  const engine = createOffThreadLayoutEngine({ animate: true, createWorker: start });
  return { engine, worker, start };
}

describe('the off-thread layout engine', () => {
  it('starts its worker with the first graph, not before', () => {
    const { engine, worker, start } = engineWithWorker();
    expect(start).not.toHaveBeenCalled();
    engine.setGraph(nodes, edges);
    expect(start).toHaveBeenCalledTimes(1);
    expect(worker.sent[0]).toMatchObject({ kind: 'graph', graph: 1 });
    // Only what the layout needs crosses to the worker.
    const sent = worker.sent[0] as Extract<ToLayoutWorker, { kind: 'graph' }>;
    expect(Object.keys(sent.edges[0] ?? {}).sort()).toEqual(['source', 'target', 'type']);
  });

  it('places the nodes at once on the page, then follows the worker’s frames', () => {
    const { engine, worker } = engineWithWorker();
    engine.setGraph(nodes, edges);
    expect(engine.nodes()).toHaveLength(3);
    engine.reheat(1);
    expect(worker.sent.at(-1)).toEqual({ kind: 'reheat', alpha: 1 });
    expect(engine.isRunning()).toBe(true);
    const frames = vi.fn();
    engine.onFrame(frames);
    const issue = engine.node(id('i'));
    const fixed = [issue?.x, issue?.y];
    expect(engine.cooled()).toBe(0);
    worker.frame(1, [999, 999, 10, 20, 30, 40], true, 0.4);
    expect(frames).toHaveBeenCalledTimes(1);
    // How far the worker's layout has cooled, for the progress bar.
    expect(engine.cooled()).toBe(0.4);
    expect(engine.node(id('p'))).toMatchObject({ x: 10, y: 20 });
    expect(engine.node(id('a'))).toMatchObject({ x: 30, y: 40 });
    // The issue is fixed on its anchor: the page keeps its place.
    expect([issue?.x, issue?.y]).toEqual(fixed);
    // Hit-testing sees the new places.
    expect(engine.find(31, 41, 5)?.id).toBe('a');
    worker.frame(1, [0, 0, 11, 21, 31, 41], false);
    expect(engine.isRunning()).toBe(false);
    expect(engine.cooled()).toBe(1);
  });

  it('drops frames of a graph that has since been replaced', () => {
    const { engine, worker } = engineWithWorker();
    engine.setGraph(nodes, edges);
    engine.setGraph(nodes.slice(0, 2), edges.slice(0, 1));
    const frames = vi.fn();
    engine.onFrame(frames);
    worker.frame(1, [0, 0, 5, 5, 6, 6], true);
    expect(frames).not.toHaveBeenCalled();
    worker.frame(2, [0, 0, 5, 5], false);
    expect(frames).toHaveBeenCalledTimes(1);
  });

  it('moves a dragged node at once and tells the worker', () => {
    const { engine, worker } = engineWithWorker();
    engine.setGraph(nodes, edges);
    engine.pin(id('a'), 50, 60);
    expect(engine.node(id('a'))).toMatchObject({ x: 50, y: 60 });
    expect(worker.sent.at(-1)).toEqual({ kind: 'pin', id: 'a', x: 50, y: 60 });
    // A frame computed before the worker heard of the pin does not undo it.
    worker.frame(1, [0, 0, 1, 1, 2, 2], true);
    expect(engine.node(id('a'))).toMatchObject({ x: 50, y: 60 });
  });

  it('lays out on the page when the worker fails, and without workers at all', () => {
    const { engine, worker } = engineWithWorker();
    engine.setGraph(nodes, edges);
    const event = new Event('error');
    worker.onerror?.(event);
    expect(worker.terminated).toBe(true);
    // animate is true but node has no requestAnimationFrame: the page settles at once.
    const before = engine.node(id('a'))?.x;
    engine.reheat(1);
    expect(engine.isRunning()).toBe(false);
    expect(engine.node(id('a'))?.x).not.toBe(before);

    const plain = createOffThreadLayoutEngine({ animate: false, createWorker: null });
    plain.setGraph(nodes, edges);
    plain.settle();
    expect(plain.isRunning()).toBe(false);
  });

  it('ends the worker with the engine', () => {
    const { engine, worker } = engineWithWorker();
    engine.setGraph(nodes, edges);
    engine.destroy();
    expect(worker.terminated).toBe(true);
  });
});
