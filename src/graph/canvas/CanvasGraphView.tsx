// The graph on a canvas, for debates too big for one SVG element per node. The same
// engine (its ticks in a worker), the same pan and zoom, the same store: React renders
// the frame around the canvas once; layout frames, zoom and changes of look only mark
// the picture dirty, and drawScene repaints it at most once per animation frame.
// Keyboard and screen-reader users have the arrow keys on the canvas and, for every
// node by name, the List view (the accessible twin). The jobs live in hooks beside this
// file: usePainter (frames), useCanvasInput (pointer, zoom, hit-testing),
// useCanvasLayout (the engine) and useCanvasLooks (looks and labels).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { NodeId } from '../../domain/model';
import { useAppStoreApi } from '../../store/store-context';
import { createOffThreadLayoutEngine } from '../engine/off-thread-engine';
import type { PanZoom } from '../interaction/pan-zoom';
import { NODE_SHAPE } from '../node-style';
import type { GraphViewProps } from '../svg/GraphView';
import { ZoomControls } from '../svg/ZoomControls';
import '../svg/graph.css';
import './canvas.css';
import { useEngineLifetime } from '../use-engine-lifetime';
import { useGraphViewport } from '../use-graph-viewport';
import { keyTarget, useGraphModel } from '../use-graph-model';
import { createScene, type CanvasParts, type Scene } from './scene';
import { useCanvasInput, type CanvasGraphElement } from './use-canvas-input';
import { useCanvasLayout } from './use-canvas-layout';
import { useCanvasLooks } from './use-canvas-looks';
import { usePainter } from './use-painter';
import { useSearchWarmUp } from './use-search-warm-up';

export type { CanvasGraphElement } from './use-canvas-input';

export function CanvasGraphView({ animate, onFirstFrame, compact = false }: GraphViewProps) {
  const store = useAppStoreApi();
  const { t } = useLingui();
  const { debate, graph, degree, layoutNodes, arrangement, redrawing } = useGraphModel(compact);

  const [engine] = useState(() => createOffThreadLayoutEngine({ animate }));
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<CanvasGraphElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const cursorRef = useRef<HTMLParagraphElement>(null);
  const progressRef = useRef<HTMLProgressElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  // The first frame is reported from the animation frame that draws it, just before
  // the browser paints it (a frame sooner than an effect's requestAnimationFrame).
  const onFirstFrameRef = useRef(onFirstFrame);
  useLayoutEffect(() => {
    onFirstFrameRef.current = onFirstFrame;
  }, [onFirstFrame]);
  /** Until the reader moves the view, it follows the first layout as it unfolds. */
  const followLayout = useRef(true);
  // Everything the painter reads, kept out of React: it changes with frames and looks.
  const sceneRef = useRef<Scene>(createScene());
  const [parts] = useState<CanvasParts>(() => ({
    engine,
    sceneRef,
    rootRef,
    canvasRef,
    panZoomRef,
    followLayout,
  }));

  usePainter(parts, onFirstFrameRef);
  const nodeAt = useCanvasInput(parts, animate);
  useEngineLifetime(engine);
  useCanvasLayout(parts, {
    layoutNodes,
    edges: graph.edges,
    nodeCount: graph.nodes.length,
    arrangement,
    animate,
    progressRef,
  });
  useCanvasLooks(parts, store, graph, degree);
  useSearchWarmUp(debate);

  // The tour, the selection and the zoom keys move the view: it stops following the layout.
  const stopFollowing = useCallback(() => {
    followLayout.current = false;
  }, []);
  useGraphViewport({ engine, panZoomRef, tooltipRef, onViewMoved: stopFollowing });

  /** Moves the keyboard cursor: ringed, hovered (tooltip, highlight), announced, in view. */
  const moveCursor = (id: NodeId | null) => {
    const scene = sceneRef.current;
    scene.focused = id;
    store.getState().hover(id);
    const node = id ? store.getState().debate?.index.node.get(id) : undefined;
    if (cursorRef.current)
      cursorRef.current.textContent = node ? `${NODE_SHAPE[node.type].name}: ${node.label}` : '';
    const sim = id ? engine.node(id) : undefined;
    if (sim) panZoomRef.current?.reveal(sim.x, sim.y);
    scene.relabel();
  };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    const current = sceneRef.current.focused;
    // eslint-disable-next-line lingui/no-unlocalized-strings -- a key name
    if (!current && (event.key.startsWith('Arrow') || event.key === 'Enter')) {
      // Focused by a click, then a key: the cursor starts at the selection.
      const state = store.getState();
      const start =
        state.selected && engine.node(state.selected)
          ? state.selected
          : (graph.nodes[0]?.id ?? null);
      event.preventDefault();
      moveCursor(start);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      store.getState().select(current);
    } else if (current) {
      const next = keyTarget(event.key, current, graph, (n) => engine.node(n));
      if (!next) return;
      event.preventDefault();
      moveCursor(next);
    }
  };

  return (
    <div
      ref={rootRef}
      className="graph graph--canvas"
      data-renderer="canvas"
      aria-busy={redrawing || undefined}
    >
      <canvas
        ref={canvasRef}
        className="graph__canvas"
        tabIndex={0}
        role="group"
        aria-roledescription={t`graph`}
        aria-label={t`Debate graph of ${plural(graph.nodes.length, { one: '# node', other: '# nodes' })}, drawn as a picture. Arrow keys move along the links from the selected node, Enter selects. The List view names every node.`}
        onClick={(event) => {
          const node = nodeAt(event.nativeEvent);
          store.getState().select(node?.id ?? null);
          if (node) followLayout.current = false;
        }}
        onDoubleClick={(event) => {
          const node = nodeAt(event.nativeEvent);
          if (!node) return;
          engine.unpin(node.id);
          engine.reheat(0.2);
        }}
        onPointerMove={(event) => {
          if (event.buttons) return;
          const id = nodeAt(event.nativeEvent)?.id ?? null;
          event.currentTarget.toggleAttribute('data-over-node', id !== null);
          if (store.getState().hovered !== id) store.getState().hover(id);
        }}
        onPointerLeave={() => {
          if (sceneRef.current.focused === null) store.getState().hover(null);
        }}
        onFocus={(event) => {
          // A click focuses the canvas too; the cursor is for keyboard users.
          if (!event.currentTarget.matches(':focus-visible')) return;
          const state = store.getState();
          const start =
            state.selected && engine.node(state.selected)
              ? state.selected
              : (graph.nodes[0]?.id ?? null);
          moveCursor(start);
        }}
        onBlur={() => {
          if (sceneRef.current.focused) moveCursor(null);
        }}
        onKeyDown={onKeyDown}
      />
      <p ref={cursorRef} className="visually-hidden" aria-live="polite" />
      <label className="graph__progress" hidden>
        <Trans>Laying out the graph</Trans> <progress ref={progressRef} max={1} value={0} />
      </label>
      <div ref={tooltipRef} className="graph__tooltip" role="tooltip" hidden />
      <ZoomControls
        onZoomIn={() => {
          followLayout.current = false;
          panZoomRef.current?.zoomBy(1.4);
        }}
        onZoomOut={() => {
          followLayout.current = false;
          panZoomRef.current?.zoomBy(1 / 1.4);
        }}
        onFit={() => panZoomRef.current?.fit(engine.bounds())}
      />
    </div>
  );
}
