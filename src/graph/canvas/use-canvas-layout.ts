// The layout on the canvas: each new set of nodes goes to the engine (the first unfolds
// from its starting places, later ones keep theirs); each layout frame repaints,
// follows the unfolding layout, shows the progress of a big one and relabels once it rests.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Edge } from '../../domain/model';
import type { GraphArrangement, LayoutInputNode } from '../engine/layout-engine';
import { edgeClass } from '../node-style';
import type { CanvasParts } from './scene';
import type { SceneEdge } from './scene-types';

/**
 * From this many drawn nodes the layout takes long enough to show how far it has got
 * (a 20,000-node debate's overview draws about 3,800: arguments fold into positions).
 */
const PROGRESS_NODES = 2_000;

/** A big graph's layout shows how far it has cooled, until it rests. */
function showProgress(
  progress: HTMLProgressElement | null,
  engine: { isRunning(): boolean; cooled(): number },
  nodes: number,
): void {
  const label = progress?.parentElement;
  if (!progress || !label) return;
  const hidden = nodes < PROGRESS_NODES || !engine.isRunning();
  if (label.hidden !== hidden) label.hidden = hidden;
  progress.value = engine.cooled();
}

export interface CanvasLayoutInput {
  readonly layoutNodes: readonly LayoutInputNode[];
  readonly edges: readonly Edge[];
  readonly nodeCount: number;
  readonly arrangement: GraphArrangement;
  readonly animate: boolean;
  readonly progressRef: RefObject<HTMLProgressElement | null>;
}

export function useCanvasLayout(
  { engine, sceneRef, rootRef, panZoomRef, followLayout }: CanvasParts,
  { layoutNodes, edges, nodeCount, arrangement, animate, progressRef }: CanvasLayoutInput,
): void {
  // Layout frames: repaint; follow the unfolding layout; place labels once it rests.
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    const root = rootRef.current;
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = engine.onFrame(() => {
      const running = engine.isRunning();
      if (root && root.dataset.layout !== (running ? 'running' : 'idle'))
        root.dataset.layout = running ? 'running' : 'idle';
      showProgress(progressRef.current, engine, nodeCount);
      if (followLayout.current) panZoomRef.current?.fit(engine.bounds());
      if (!running) followLayout.current = false;
      scene.invalidate();
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => scene.relabel(), 120);
    });
    return () => {
      clearTimeout(labelTimer);
      unsubscribe();
    };
  }, [engine, sceneRef, rootRef, panZoomRef, followLayout, progressRef, nodeCount]);

  // A new set of nodes: the first graph unfolds from its starting places (or settles
  // at once under reduced motion); later ones keep their places and move gently.
  const lastGraph = useRef<readonly unknown[]>([]);
  const laidOutOnce = useRef(false);
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    // The same graph again (React's development remount): nothing to lay out.
    if (lastGraph.current[0] === layoutNodes && lastGraph.current[1] === edges) {
      scene.invalidate();
      return;
    }
    lastGraph.current = [layoutNodes, edges];
    engine.setGraph(layoutNodes, edges, arrangement);
    scene.edges = edges.flatMap((edge) => {
      const source = engine.node(edge.source);
      const target = engine.node(edge.target);
      return source && target
        ? [{ source, target, kind: edgeClass(edge) as SceneEdge['kind'] }]
        : [];
    });
    if (!laidOutOnce.current) {
      if (animate) engine.reheat(1);
      else engine.settle();
      panZoomRef.current?.fit(engine.bounds());
      laidOutOnce.current = true;
    } else engine.reheat(0.4);
    // A hook for tests and the benchmark: whether the layout still moves.
    if (rootRef.current) rootRef.current.dataset.layout = engine.isRunning() ? 'running' : 'idle';
    showProgress(progressRef.current, engine, nodeCount);
    scene.invalidate();
  }, [
    engine,
    sceneRef,
    rootRef,
    panZoomRef,
    progressRef,
    animate,
    layoutNodes,
    edges,
    nodeCount,
    arrangement,
  ]);
}
