// Which renderer draws the graph (choose-renderer.ts): SVG up to CANVAS_THRESHOLD nodes,
// a canvas above it (loaded on demand, so small debates never download it).
import { memo, useEffect, useState } from 'react';
import { useAppStore } from '../store/store-context';
import { currentSearch } from '../lib/address-bar';
import { chooseRenderer, type RendererKind } from './choose-renderer';
import { GraphView, type GraphViewProps } from './svg/GraphView';

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

/** Memoised: the explorer around it re-renders when a first node is selected; the graph need not. */
export const GraphRenderer = memo(function GraphRenderer({
  renderer,
  ...props
}: GraphRendererProps) {
  // The whole debate's size, not the filtered graph's, so filtering never swaps renderers.
  const nodeCount = useAppStore((s) => s.debate?.nodes.length ?? 0);
  // Read once: the app rewrites the query string as the reader moves about.
  const [search] = useState(() => (typeof window === 'undefined' ? '' : currentSearch()));
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
});
