// The graph in SVG. React renders which nodes and edges exist and how each looks;
// positions are written straight to the elements in the engine's frame callback, so
// a moving layout never re-renders React (architecture.md, "the big ideas").
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ZoomTransform } from 'd3-zoom';
import type { NodeId } from '../../domain/model';
import { selectVisibleGraph } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { createLayoutEngine, type SimNode } from '../engine/layout-engine';
import { isDirection, neighbourInDirection } from '../interaction/arrow-navigation';
import { attachNodeDrag } from '../interaction/node-drag';
import { createPanZoom, type PanZoom } from '../interaction/pan-zoom';
import { labelCandidate, labelScale, NEAR_ZOOM, placeLabels } from '../label-layout';
import { degreeOf, layoutInput } from '../layout-input';
import { GraphEdge, writeEdgePosition } from './GraphEdge';
import { GraphNode } from './GraphNode';
import { ZoomControls } from './ZoomControls';
import './graph.css';
import { useEngineLifetime } from '../use-engine-lifetime';
import { useGraphViewport } from '../use-graph-viewport';

const NODE_SELECTOR = '[data-node-id]';

export interface GraphViewProps {
  /** false under prefers-reduced-motion: every change settles at once, nothing animates. */
  readonly animate: boolean;
  /** Called once, after the first frame with the settled layout is painted. */
  readonly onFirstFrame?: () => void;
}

function nodeIdOf(target: EventTarget | null): NodeId | null {
  return (
    ((target as Element | null)?.closest<SVGElement>(NODE_SELECTOR)?.dataset.nodeId as
      NodeId | undefined) ?? null
  );
}

export function GraphView({ animate, onFirstFrame }: GraphViewProps) {
  const store = useAppStoreApi();
  const debate = useAppStore((s) => s.debate);
  const graph = useAppStore(selectVisibleGraph);
  const selected = useAppStore((s) => s.selected);
  const hovering = useAppStore((s) => s.hovered !== null);
  const markerId = useId().replace(/:/g, '');

  const [engine] = useState(() => createLayoutEngine({ animate }));
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [nodeElements] = useState(() => new Map<NodeId, SVGGElement>());
  const [edgeElements] = useState(() => new Map<string, SVGLineElement>());
  const panZoomRef = useRef<PanZoom | null>(null);
  const firstFrameDone = useRef(false);

  const degree = useMemo(() => degreeOf(graph), [graph]);
  const layoutNodes = useMemo(
    () => (debate ? layoutInput(debate, graph, degree) : []),
    [debate, graph, degree],
  );
  const radiusOf = useMemo(() => new Map(layoutNodes.map((n) => [n.id, n.radius])), [layoutNodes]);

  /** Decides which labels fit, and writes the answer to the label elements. */
  const placeLabelsNow = useRef(() => {});
  const placeLabelsForGraph = useCallback(() => {
    const k = panZoomRef.current?.transform().k ?? 1;
    const scale = labelScale(k);
    const near = k >= NEAR_ZOOM;
    const candidates = engine.nodes().flatMap((sim) => {
      const node = debate?.index.node.get(sim.id);
      if (!node || (!near && (node.type === 'position' || node.type === 'argument'))) return [];
      return [labelCandidate(sim, node, degree.get(sim.id) ?? 0, scale)];
    });
    const kept = placeLabels(candidates);
    for (const [id, element] of nodeElements)
      element.toggleAttribute('data-label-fits', kept.has(id));
  }, [engine, debate, degree, nodeElements]);
  // Timers started by zoom and frames call the placement of the graph as it is now.
  useLayoutEffect(() => {
    placeLabelsNow.current = placeLabelsForGraph;
  }, [placeLabelsForGraph]);

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
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => placeLabelsNow.current(), 120);
    });
    return () => {
      clearTimeout(labelTimer);
      unsubscribe();
    };
  }, [engine, graph.edges, nodeElements, edgeElements]);

  // Zoom, pan and drag: attached once to the SVG.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!svg || !viewport) return;
    let near: boolean | null = null;
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const panZoom = createPanZoom(svg, viewport, {
      ignoreSelector: NODE_SELECTOR,
      onTransform: (t: ZoomTransform) => {
        svg.style.setProperty('--label-scale', String(labelScale(t.k)));
        if (near !== t.k >= NEAR_ZOOM) {
          near = t.k >= NEAR_ZOOM;
          svg.toggleAttribute('data-zoom-near', near);
        }
        clearTimeout(labelTimer);
        labelTimer = setTimeout(() => placeLabelsNow.current(), 150);
      },
    });
    panZoomRef.current = panZoom;
    const detachDrag = attachNodeDrag(svg, NODE_SELECTOR, engine, animate);
    return () => {
      clearTimeout(labelTimer);
      detachDrag();
      panZoom.destroy();
      panZoomRef.current = null;
    };
  }, [engine, animate]);

  useEngineLifetime(engine);

  // A new set of nodes: warm the layout before the first paint, then move gently.
  useLayoutEffect(() => {
    engine.setGraph(layoutNodes, graph.edges);
    if (!firstFrameDone.current) {
      engine.settle();
      panZoomRef.current?.fit(engine.bounds());
      placeLabelsNow.current();
      firstFrameDone.current = true;
    } else engine.reheat(0.4);
  }, [engine, layoutNodes, graph.edges]);

  // The first frame is on screen once the browser has painted after the first settle.
  useEffect(() => {
    const frame = requestAnimationFrame(() => onFirstFrame?.());
    return () => cancelAnimationFrame(frame);
  }, [onFirstFrame]);

  useGraphViewport({ engine, panZoomRef, tooltipRef, selected });

  const entry =
    selected && graph.nodes.some((n) => n.id === selected)
      ? selected
      : (graph.nodes[0]?.id ?? null);

  const onClick = (event: MouseEvent) => {
    const id = nodeIdOf(event.target);
    store.getState().select(id);
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
    } else if (isDirection(event.key)) {
      event.preventDefault();
      const from = engine.node(id);
      if (!from) return;
      const neighbours = graph.edges
        .flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []))
        .flatMap((n) => engine.node(n) ?? []);
      const next = neighbourInDirection(from, neighbours, event.key);
      if (next) {
        const target = engine.node(next);
        if (target) panZoomRef.current?.reveal(target.x, target.y);
        nodeElements.get(next)?.querySelector<SVGElement>(NODE_SELECTOR)?.focus();
      }
    }
  };

  return (
    <div className="graph">
      <svg
        ref={svgRef}
        className="graph__svg"
        role="group"
        aria-roledescription="graph"
        aria-label="Debate graph. Tab to a node, arrow keys to move along its links, Enter to select."
        data-hovering={hovering || undefined}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
        onMouseOver={(e) => store.getState().hover(nodeIdOf(e.target))}
        onMouseLeave={() => store.getState().hover(null)}
        onFocus={(e) => store.getState().hover(nodeIdOf(e.target))}
        onBlur={() => store.getState().hover(null)}
      >
        <defs>
          <marker
            id={`${markerId}-supports`}
            className="marker marker--supports"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0L10,5L0,10z" />
          </marker>
          <marker
            id={`${markerId}-attacks`}
            className="marker marker--attacks"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto"
          >
            <path d="M6,0h3v10h-3z" />
          </marker>
        </defs>
        <g ref={viewportRef}>
          <g className="graph__edges">
            {graph.edges.map((edge) => (
              <GraphEdge key={edge.id} edge={edge} elements={edgeElements} markerId={markerId} />
            ))}
          </g>
          <g className="graph__nodes">
            {graph.nodes.map((node) => (
              <GraphNode
                key={node.id}
                node={node}
                radius={radiusOf.get(node.id) ?? 8}
                isEntry={node.id === entry}
                elements={nodeElements}
              />
            ))}
          </g>
        </g>
      </svg>
      <div ref={tooltipRef} className="graph__tooltip" role="tooltip" hidden />
      <ZoomControls
        onZoomIn={() => panZoomRef.current?.zoomBy(1.4)}
        onZoomOut={() => panZoomRef.current?.zoomBy(1 / 1.4)}
        onFit={() => panZoomRef.current?.fit(engine.bounds())}
      />
    </div>
  );
}
