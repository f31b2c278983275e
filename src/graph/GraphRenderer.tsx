// Which renderer draws the graph: SVG (one element per node, the test hooks, every node
// focusable) up to CANVAS_THRESHOLD nodes, a canvas above it (loaded on demand, so
// small debates never download it). `?renderer=svg` or `?renderer=canvas` overrides.
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/store-context';
import { GraphView, type GraphViewProps } from './svg/GraphView';

/**
 * Debates with more nodes than this are drawn on a canvas. Measured with `npm run
 * bench -- --renderer=svg` and `--renderer=canvas` (README, Performance): up to here
 * SVG stays fluid and keeps a focusable element per node, but its layout settles
 * before the first frame, which grows with the graph (500 nodes: about 1 s); from
 * about 1,000 nodes its pan and zoom frames drop too (2,000: p95 over 600 ms against
 * 33 ms on the canvas). It matches the engine's SETTLE_FULL_NODES.
 */
export const CANVAS_THRESHOLD = 500;

export type RendererKind = 'svg' | 'canvas';

/** The renderer for a debate of `nodeCount` nodes, unless the query string asks for one. */
export function chooseRenderer(nodeCount: number, search = ''): RendererKind {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'svg' || asked === 'canvas') return asked;
  return nodeCount > CANVAS_THRESHOLD ? 'canvas' : 'svg';
}

type CanvasView = typeof import('./canvas/CanvasGraphView').CanvasGraphView;
let canvasView: CanvasView | null = null;
let canvasLoad: Promise<CanvasView> | null = null;

/**
 * Fetches the canvas renderer once. Not React.lazy: a Suspense boundary that has shown
 * its fallback holds the content back for 300 ms (React's reveal throttle), which
 * would hold back the first frame of every big debate.
 */
function loadCanvasView(): Promise<CanvasView> {
  canvasLoad ??= import('./canvas/CanvasGraphView').then(
    (m) => (canvasView = m.CanvasGraphView),
    (error: unknown) => {
      canvasLoad = null; // try again next time
      throw error;
    },
  );
  return canvasLoad;
}

export interface GraphRendererProps extends GraphViewProps {
  /** Force a renderer (tests); default: by node count and `?renderer=`. */
  readonly renderer?: RendererKind;
}

export function GraphRenderer({ renderer, ...props }: GraphRendererProps) {
  // The whole debate's size, not the filtered graph's, so filtering never swaps renderers.
  const nodeCount = useAppStore((s) => s.debate?.nodes.length ?? 0);
  // Read once: the app rewrites the query string as the reader moves about.
  const [search] = useState(() => (typeof window === 'undefined' ? '' : window.location.search));
  const kind = renderer ?? chooseRenderer(nodeCount, search);
  const [Canvas, setCanvas] = useState<CanvasView | null>(() => canvasView);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (kind !== 'canvas' || Canvas) return;
    let live = true;
    loadCanvasView().then(
      (view) => {
        if (live) setCanvas(() => view);
      },
      // The chunk did not arrive (offline, a new deploy): SVG draws the graph instead.
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [kind, Canvas]);
  if (kind === 'svg' || failed) return <GraphView {...props} />;
  if (!Canvas) return <div className="graph" aria-busy="true" />;
  return <Canvas {...props} />;
}
