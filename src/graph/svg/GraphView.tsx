// The graph in SVG. React renders which nodes and edges exist and how each looks;
// positions are written straight to the elements in the engine's frame callback, so
// a moving layout never re-renders React (architecture.md, "the big ideas"). Nor does
// a click or a hover: the nodes subscribe to their own looks, and this component only
// to what is drawn.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { useLingui } from '@lingui/react/macro';
import type { IssueId, NodeId } from '../../domain/model';
import { useAppStoreApi } from '../../store/store-context';
import { createLayoutEngine, type SimNode } from '../engine/layout-engine';
import { createPanZoom, type PanZoom } from '../interaction/pan-zoom';
import { LABEL_FONT } from '../label-layout';
import { trunkKey, writeEdgePosition, writeTreePositions } from './edge-position';
import { GraphEdge, TreeTrunk } from './GraphEdge';
import { GraphNode } from './GraphNode';
import { ZoomControls } from './ZoomControls';
import './graph.css';
import { useEngineLifetime } from '../use-engine-lifetime';
import { keyTarget, stanceNote, useGraphModel } from '../use-graph-model';
import { useGraphViewport } from '../use-graph-viewport';
import { useLabelBoost } from './use-label-boost';
import { useFitAndLabels } from './use-fit-and-labels';
import { useFirstFrame } from './use-first-frame';
import { useHoverIntent } from './use-hover-intent';
import { useSettledLayout } from './use-settled-layout';
import { EdgeMarkers } from './EdgeMarkers';

const NODE_SELECTOR = '[data-node-id]';
/** The label sizes for graph.css, from the one table the layout measures with. */
const FONT_VARIABLES = Object.fromEntries(
  Object.entries(LABEL_FONT).map(([type, px]) => [`--font-${type}`, `${px}px`]),
) as CSSProperties;
/**
 * Room above and below the map and a focus drawn as rows, px: the Back button sits over
 * the rows' top, the hint to tap over the bottom of both.
 */
const COLUMN_PAD = 52;

export interface GraphViewProps {
  /** false under prefers-reduced-motion: every change settles at once, nothing animates. */
  readonly animate: boolean;
  /** Called once, after the first frame with the settled layout is painted. */
  readonly onFirstFrame?: () => void;
  /** A narrow screen (phone, embed): the overview is the map of issues. */
  readonly compact?: boolean;
}

function nodeIdOf(target: EventTarget | null): NodeId | null {
  return (
    ((target as Element | null)?.closest<SVGElement>(NODE_SELECTOR)?.dataset.nodeId as
      NodeId | undefined) ?? null
  );
}

class NoResizeObserver {
  observe() {}
  disconnect() {}
}

export function GraphView({ animate, onFirstFrame, compact = false }: GraphViewProps) {
  const store = useAppStoreApi();
  const { t } = useLingui();
  const svgRef = useRef<SVGSVGElement>(null);
  const labelBoost = useLabelBoost(svgRef);
  const model = useGraphModel(compact, labelBoost ?? 1);
  const { debate, graph, layoutNodes, map, mapHeight, rows, chars, whole, redrawing } = model;
  const markerId = useId().replace(/:/g, '');

  const [engine] = useState(() => createLayoutEngine({ animate }));
  const viewportRef = useRef<SVGGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [nodeElements] = useState(() => new Map<NodeId, SVGGElement>());
  const [edgeElements] = useState(() => new Map<string, SVGLineElement>());
  const panZoomRef = useRef<PanZoom | null>(null);
  /** Until the reader moves the view, it is fitted again when the graph or its box changes. */
  const followFit = useRef(true);
  /** The nodes a tour step brings close, fitted instead of the whole graph while it lasts. */
  const closeUp = useRef<ReadonlySet<NodeId> | null>(null);

  const radiusOf = useMemo(() => new Map(layoutNodes.map((n) => [n.id, n.radius])), [layoutNodes]);
  const drawn = useMemo(() => new Set(graph.nodes.map((n) => n.id)), [graph]);

  /** A rows focus's stance word under an actor's name (rows-layout.ts). */
  const noteOf = (id: NodeId) => stanceNote(rows?.stances.get(id));
  const { fitNow, placeLabelsNow } = useFitAndLabels({
    store,
    engine,
    model,
    compact,
    svgRef,
    panZoomRef,
    nodeElements,
    noteOf,
  });
  const [settleView] = useState(() => ({
    svgRef,
    panZoomRef,
    followFitRef: followFit,
    closeUpRef: closeUp,
    fitNowRef: fitNow,
    placeLabelsNowRef: placeLabelsNow,
  }));

  // Layout effects, in this order: the frame writer and zoom must exist before the
  // first settle below, which paints before the browser does.
  // Positions, every frame, straight to the DOM.
  useLayoutEffect(() => {
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = engine.onFrame((nodes: readonly SimNode[]) => {
      for (const n of nodes)
        nodeElements
          .get(n.id)
          ?.setAttribute('transform', `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
      if (rows) writeTreePositions(rows, graph.edges, (id) => engine.node(id), edgeElements);
      else
        for (const edge of graph.edges) {
          const element = edgeElements.get(edge.id);
          const source = engine.node(edge.source);
          const target = engine.node(edge.target);
          if (element && source && target) writeEdgePosition(element, source, target);
        }
      if (!engine.isRunning()) return;
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => placeLabelsNow.current(), 120);
    });
    return () => {
      clearTimeout(labelTimer);
      unsubscribe();
    };
  }, [engine, graph.edges, rows, nodeElements, edgeElements, placeLabelsNow]);

  // Zoom, pan and drag: attached once to the SVG. Labels keep their size on screen
  // (--k undoes the zoom on them) and are placed again once the view rests.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!svg || !viewport) return;
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const panZoom = createPanZoom(svg, viewport, {
      ignoreSelector: NODE_SELECTOR,
      onTransform: (t, byUser) => {
        svg.style.setProperty('--k', String(t.k));
        if (byUser) followFit.current = false;
        clearTimeout(labelTimer);
        labelTimer = setTimeout(() => placeLabelsNow.current(), 150);
      },
    });
    panZoomRef.current = panZoom;
    // Dragging needs d3-drag, which the first picture does not: it loads afterwards.
    let detachDrag = () => {};
    let detached = false;
    void import('../interaction/node-drag').then(({ attachNodeDrag }) => {
      if (!detached)
        detachDrag = attachNodeDrag(svg, NODE_SELECTOR, engine, animate, panZoom.transform);
    });
    // The box changes (a rotated phone, the side panel): fit again if the reader has
    // not moved the view, before the browser paints.
    let size = `${svg.clientWidth}x${svg.clientHeight}`;
    // jsdom has no ResizeObserver: there, the box never changes.
    const resize = new (globalThis.ResizeObserver ?? NoResizeObserver)(() => {
      const next = `${svg.clientWidth}x${svg.clientHeight}`;
      if (next === size) return;
      size = next;
      if (followFit.current) fitNow.current(closeUp.current ?? undefined);
      placeLabelsNow.current();
    });
    resize.observe(svg);
    return () => {
      clearTimeout(labelTimer);
      resize.disconnect();
      detached = true;
      detachDrag();
      panZoom.destroy();
      panZoomRef.current = null;
    };
  }, [engine, animate, fitNow, placeLabelsNow]);

  useEngineLifetime(engine);

  const settling = useSettledLayout(engine, model, { labelBoost, animate, compact }, settleView);

  // A face that arrives after the first frame (the Arabic-script one, fetched when a
  // right-to-left page first shows such text) changes the labels' widths: place them again.
  useEffect(() => {
    const fonts = typeof document.fonts?.addEventListener === 'function' ? document.fonts : null;
    const again = () => placeLabelsNow.current();
    fonts?.addEventListener('loadingdone', again);
    return () => fonts?.removeEventListener('loadingdone', again);
  }, [placeLabelsNow]);

  useFirstFrame(svgRef, settling, placeLabelsNow, onFirstFrame);

  // Hovering fades the rest to show the hovered node's links: an attribute, so the graph
  // does not re-render on hover. A node with no link drawn fades nothing (it would dim it all).
  useEffect(() => {
    let frame: number | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      const { hovered } = state;
      if (hovered !== previous.hovered)
        svgRef.current?.toggleAttribute(
          'data-hovering',
          hovered !== null && graph.edges.some((e) => e.source === hovered || e.target === hovered),
        );
      // The selection's label is always drawn: place it among the others, before the
      // frame that shows the selection is painted. Not in the click itself, where reading
      // the boxes forced a layout of the page halfway through it.
      if (state.selected !== previous.selected && frame === undefined)
        frame = requestAnimationFrame(() => {
          frame = undefined;
          placeLabelsNow.current();
        });
    });
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [store, graph.edges, placeLabelsNow]);

  useGraphViewport({
    engine,
    panZoomRef,
    tooltipRef,
    fit: () => fitNow.current(),
    fitTo: (ids) => {
      // Kept, so that a new layout or box fits the step's nodes again, not the whole graph.
      closeUp.current = ids.size ? ids : null;
      followFit.current = true;
      return fitNow.current(closeUp.current ?? undefined);
    },
  });

  const hover = useHoverIntent(store, nodeIdOf);
  const onClick = (event: MouseEvent) => {
    const id = nodeIdOf(event.target);
    const state = store.getState();
    // A click on an issue opens it: its positions, arguments and actors, close up.
    if (id && debate?.index.node.get(id)?.type === 'issue' && state.issue !== id)
      state.openIssue(id as IssueId);
    else state.select(id);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const id = nodeIdOf(event.target);
    if (id) engine.unpin(id);
    if (id) engine.reheat(0.2);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const id = nodeIdOf(event.target);
    if (!id) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      store.getState().select(id);
      return;
    }
    const next = keyTarget(event.key, id, graph, (n) => engine.node(n));
    if (!next) return;
    event.preventDefault();
    const target = engine.node(next);
    if (target) panZoomRef.current?.reveal(target.x, target.y);
    nodeElements.get(next)?.querySelector<SVGElement>(NODE_SELECTOR)?.focus();
  };

  const focusedIssue = store.getState().issue;
  return (
    <div
      className="graph"
      aria-busy={redrawing || undefined}
      data-map={map || undefined}
      data-rows={rows ? true : undefined}
      // The map and rows are as tall as they are: the page scrolls over them, and no
      // name hides below the box or under the hint.
      style={rows || map ? { height: (rows?.height ?? mapHeight) + 2 * COLUMN_PAD } : undefined}
    >
      <svg
        ref={svgRef}
        className="graph__svg"
        style={FONT_VARIABLES}
        role="group"
        aria-roledescription={t`graph`}
        aria-label={t`Debate graph. Tab to a node, arrow keys to move along its links, ] and [ to the next and previous node, Page Down and Page Up between issues, Enter to select.`}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
        onMouseOver={hover.onMouseOver}
        onMouseLeave={hover.onMouseLeave}
        onPointerDown={hover.onPointerDown}
        onFocus={hover.onFocus}
        onBlur={hover.onBlur}
      >
        <EdgeMarkers id={markerId} />
        <g ref={viewportRef}>
          <g className="graph__edges">
            {rows?.trunks.map((trunk) => (
              <TreeTrunk
                key={trunk.parent}
                id={trunkKey(trunk.parent)}
                kind={trunk.kind}
                elements={edgeElements}
              />
            ))}
            {graph.edges.map((edge) => (
              <GraphEdge key={edge.id} edge={edge} elements={edgeElements} markerId={markerId} />
            ))}
          </g>
          <g className="graph__nodes">
            {graph.nodes.map((node, i) => (
              <GraphNode
                key={node.id}
                node={node}
                radius={radiusOf.get(node.id) ?? 8}
                isFirst={i === 0}
                drawn={drawn}
                folded={graph.folded.get(node.id) ?? 0}
                chars={chars}
                whole={whole}
                note={noteOf(node.id)}
                elements={nodeElements}
              />
            ))}
          </g>
        </g>
      </svg>
      <div ref={tooltipRef} className="graph__tooltip" role="tooltip" hidden />
      {focusedIssue && drawn.has(focusedIssue) && (
        <button
          type="button"
          className="graph__back"
          onClick={() => store.getState().setIssue(null)}
        >
          <span className="flip-rtl">←</span> {t`All issues`}
        </button>
      )}
      {/* The map and rows are lists to read down, drawn at their one scale: nothing to
          zoom, and the names get the whole width. */}
      {!map && !rows && (
        <ZoomControls
          onZoomIn={() => panZoomRef.current?.zoomBy(1.4)}
          onZoomOut={() => panZoomRef.current?.zoomBy(1 / 1.4)}
          onFit={() => void fitNow.current()}
        />
      )}
    </div>
  );
}
