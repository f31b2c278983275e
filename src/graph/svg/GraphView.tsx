// The graph in SVG. React renders which nodes and edges exist and how each looks;
// positions are written straight to the elements in the engine's frame callback, so
// a moving layout never re-renders React (architecture.md, "the big ideas"). Nor does
// a click or a hover: the nodes subscribe to their own looks, and this component only
// to what is drawn.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { useLingui } from '@lingui/react/macro';
import type { NodeId } from '../../domain/model';
import { useAppStoreApi } from '../../store/store-context';
import { nameAbove } from '../engine/name-boxes';
import { createLayoutEngine, type SimNode } from '../engine/layout-engine';
import { fitWithLabels } from '../fit';
import { createPanZoom, type PanZoom } from '../interaction/pan-zoom';
import { toScreen } from '../interaction/view-transform';
import {
  LABEL_FONT,
  labelLines,
  labelPriority,
  placeLabels,
  svgAnchor,
  type Box,
  type LabelRequest,
  type Measure,
} from '../label-layout';
import { writeEdgePosition } from './edge-position';
import { GraphEdge } from './GraphEdge';
import { GraphNode } from './GraphNode';
import { ZoomControls } from './ZoomControls';
import './graph.css';
import { useEngineLifetime } from '../use-engine-lifetime';
import { keyTarget, labelSize, MAP_SCALE, stanceNote, useGraphModel } from '../use-graph-model';
import { useGraphViewport } from '../use-graph-viewport';
import { labelBoostOf, useLabelBoost } from './use-label-boost';
import { useFirstFrame } from './use-first-frame';
import { useSettledLayout } from './use-settled-layout';
import { EdgeMarkers } from './EdgeMarkers';
import { browserMeasure } from '../browser-measure';

const NODE_SELECTOR = '[data-node-id]';
/** The label sizes for graph.css, from the one table the layout measures with. */
const FONT_VARIABLES = Object.fromEntries(
  Object.entries(LABEL_FONT).map(([type, px]) => [`--font-${type}`, `${px}px`]),
) as CSSProperties;
/** The smallest node is drawn at least this wide on screen when the view is fitted. */
const MIN_NODE_PX = 16;
/** Screen px kept free around the fitted graph. */
const FIT_MARGIN = 8;
/**
 * Room above and below a focus drawn as rows, px: the Back button sits over its top,
 * the hint to tap over its bottom.
 */
const ROWS_PAD = 52;
/** How close a tour step brings what it is about. */
const CLOSE_SCALE = 2.4;

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

/** A name the layout keeps room for over its node (name-boxes.ts). */
const nameOver = (n: SimNode) => n.keepOut !== undefined && nameAbove(n.y);

/** The diamond of a position reaches 1.15 radii; the box a node's shape takes on screen. */
function nodeBox(n: SimNode, x: number, y: number, k: number): Box {
  const r = n.radius * k * (n.type === 'position' ? 1.15 : 1);
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
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
  const { debate, graph, degree, layoutNodes, map, rows, chars, whole } = model;
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

  /** The label boost of the theme (projector), read from the stylesheet now. */
  const boost = () => labelBoostOf(svgRef.current);

  /** A rows focus's stance word under an actor's name (rows-layout.ts). */
  const noteOf = (id: NodeId) => stanceNote(rows?.stances.get(id));
  const rtl = () => (svgRef.current ? getComputedStyle(svgRef.current).direction === 'rtl' : false);
  /** The map's and rows' names read beside their nodes, after them in the reading direction. */
  const mapSide = () => {
    const beside = map || rows !== null;
    return { right: beside && !rtl(), left: beside && rtl() };
  };
  /**
   * Fits the drawn graph, its labels included, into the view; given `only`, just those
   * of its nodes, brought closer (up to CLOSE_SCALE): true if any of them is drawn.
   */
  const fitNow = useRef((only?: ReadonlySet<NodeId>): boolean => Boolean(only));
  /** Chooses where each label goes, and writes it to the label elements. */
  const placeLabelsNow = useRef(() => {});
  const [settleView] = useState(() => ({
    svgRef,
    panZoomRef,
    followFitRef: followFit,
    closeUpRef: closeUp,
    fitNowRef: fitNow,
    placeLabelsNowRef: placeLabelsNow,
  }));
  const measureRef = useRef<Measure | undefined | null>(null);
  useLayoutEffect(() => {
    measureRef.current ??= browserMeasure(
      svgRef.current ? getComputedStyle(svgRef.current).fontFamily : 'sans-serif',
    );
    const measure = measureRef.current;
    fitNow.current = (only) => {
      const panZoom = panZoomRef.current;
      if (!panZoom || !debate) return false;
      const factor = boost();
      // Rows are read down at their one scale, the box as tall as they are: a close-up
      // (a tour step's nodes) would only push them out of the box's top.
      const drawnOnly =
        only && !rows && engine.nodes().some((n) => only.has(n.id)) ? only : undefined;
      const items = engine.nodes().flatMap((sim) => {
        const node = debate.index.node.get(sim.id);
        if (!node || (drawnOnly && !drawnOnly.has(sim.id))) return [];
        const size = labelSize(
          node,
          graph.folded.get(sim.id) ?? 0,
          factor,
          chars,
          whole,
          noteOf(sim.id),
        );
        return [
          {
            ...sim,
            labelWidth: size.width,
            labelHeight: size.height,
            above: nameOver(sim),
            ...mapSide(),
          },
        ];
      });
      const smallest = Math.min(...engine.nodes().map((n) => n.radius));
      // Nodes big enough to tap on a narrow screen; in the map, rows far enough apart
      // for the names beside them.
      // Rows are drawn at their own scale, the box as tall as they are.
      const minScale = rows
        ? 1
        : map
          ? MAP_SCALE
          : compact
            ? Math.min(1, MIN_NODE_PX / (2 * smallest))
            : 0.3;
      const { width, height } = panZoom.size();
      const t = fitWithLabels(items, {
        width,
        height,
        margin: FIT_MARGIN,
        minScale,
        maxScale: rows ? 1 : map ? MAP_SCALE : drawnOnly ? CLOSE_SCALE : 1.6,
      });
      panZoom.set(t.k, t.x, t.y);
      return drawnOnly !== undefined;
    };
    placeLabelsNow.current = () => {
      const svg = svgRef.current;
      const panZoom = panZoomRef.current;
      // While the layout settles, hidden, the labels wait for its final places.
      if (!svg || !panZoom || !debate || svg.hasAttribute('data-settling')) return;
      const t = panZoom.transform();
      const factor = boost();
      const { width, height } = panZoom.size();
      const boxes = new Map<NodeId, Box>();
      const requests: LabelRequest<NodeId>[] = [];
      const state = store.getState();
      for (const sim of engine.nodes()) {
        const node = debate.index.node.get(sim.id);
        if (!node) continue;
        const [x, y] = toScreen(t, [sim.x, sim.y]);
        boxes.set(sim.id, nodeBox(sim, x, y, t.k));
        const { lines, notes } = labelLines(
          node,
          graph.folded.get(sim.id) ?? 0,
          chars,
          whole,
          noteOf(sim.id),
        );
        requests.push({
          id: sim.id,
          type: node.type,
          x,
          y,
          radius: sim.radius * t.k * (node.type === 'position' ? 1.15 : 1),
          lines: [...lines, ...notes],
          font: LABEL_FONT[node.type] * factor,
          priority: labelPriority(node.type, degree.get(sim.id) ?? 0),
          forced: state.selected === sim.id,
          above: nameOver(sim),
          ...mapSide(),
        });
      }
      // The zoom buttons, the Back button and the embed's hint sit over the graph: no
      // label goes under them.
      const origin = svg.getBoundingClientRect();
      const view: Box = { x0: 2, y0: 2, x1: width - 2, y1: height - 2 };
      const overlays = svg
        .closest('.activation-gate, .graph')
        ?.querySelectorAll('.graph__zoom, .graph__back, .activation-gate__hint:not([hidden])');
      overlays?.forEach((overlay, i) => {
        const r = overlay.getBoundingClientRect();
        boxes.set(`overlay-${i}` as NodeId, {
          x0: r.left - origin.left - 4,
          y0: r.top - origin.top - 4,
          x1: r.right - origin.left + 4,
          y1: r.bottom - origin.top + 4,
        });
      });
      const placed = placeLabels(requests, boxes, view, measure);
      for (const [id, element] of nodeElements) {
        const place = placed.get(id);
        element.toggleAttribute('data-label-fits', place !== undefined);
        if (!place) continue;
        const text = element.querySelector('text');
        if (!text) continue;
        const dx = place.dx.toFixed(1);
        text.setAttribute('x', dx);
        text.setAttribute('y', place.dy.toFixed(1));
        const direction = text.getAttribute('direction') === 'rtl' ? 'rtl' : 'ltr';
        text.setAttribute('text-anchor', svgAnchor(place.anchor, direction));
        for (const span of text.children) span.setAttribute('x', dx);
      }
    };
  });

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
  }, [engine, graph.edges, nodeElements, edgeElements]);

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
  }, [engine, animate]);

  useEngineLifetime(engine);

  const settling = useSettledLayout(engine, model, { labelBoost, animate, compact }, settleView);

  // A face that arrives after the first frame (the Arabic-script one, fetched when a
  // right-to-left page first shows such text) changes the labels' widths: place them again.
  useEffect(() => {
    const fonts = typeof document.fonts?.addEventListener === 'function' ? document.fonts : null;
    const again = () => placeLabelsNow.current();
    fonts?.addEventListener('loadingdone', again);
    return () => fonts?.removeEventListener('loadingdone', again);
  }, []);

  useFirstFrame(svgRef, settling, placeLabelsNow, onFirstFrame);

  // Hovering fades the rest to show the hovered node's links: an attribute, so the graph
  // does not re-render on hover. A node with no link drawn fades nothing (it would dim it all).
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const { hovered } = state;
        if (hovered !== previous.hovered)
          svgRef.current?.toggleAttribute(
            'data-hovering',
            hovered !== null &&
              graph.edges.some((e) => e.source === hovered || e.target === hovered),
          );
        // The selection's label is always drawn: place it among the others.
        if (state.selected !== previous.selected) placeLabelsNow.current();
      }),
    [store, graph.edges],
  );

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

  const onClick = (event: MouseEvent) => {
    const id = nodeIdOf(event.target);
    const state = store.getState();
    state.select(id);
    // A click on an issue opens it: its positions, arguments and actors, close up.
    if (id && debate?.index.node.get(id)?.type === 'issue' && state.issue !== id)
      state.setIssue(id as typeof state.issue);
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
      data-map={map || undefined}
      data-rows={rows ? true : undefined}
      style={rows ? { height: rows.height + 2 * ROWS_PAD } : undefined}
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
        onMouseOver={(e) => store.getState().hover(nodeIdOf(e.target))}
        onMouseLeave={() => store.getState().hover(null)}
        onFocus={(e) => store.getState().hover(nodeIdOf(e.target))}
        onBlur={() => store.getState().hover(null)}
      >
        <EdgeMarkers id={markerId} />
        <g ref={viewportRef}>
          <g className="graph__edges">
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
