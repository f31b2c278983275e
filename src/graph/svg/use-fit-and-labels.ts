// Where the SVG graph's view and names go: fitting the drawn graph (its names included)
// into the box, and placing each name beside its node where it collides with nothing.
// Both read the layout's latest places and the view's latest transform when called, so
// the graph view hands them to the settle, the zoom and the store as refs.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { NodeId } from '../../domain/model';
import type { AppStore } from '../../store/app-store';
import { browserMeasure } from '../browser-measure';
import { nameAbove } from '../engine/name-boxes';
import type { LayoutEngine, SimNode } from '../engine/layout-engine';
import { fitWithLabels } from '../fit';
import type { PanZoom } from '../interaction/pan-zoom';
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
import { touchRadius } from '../node-style';
import { labelSize, MAP_SCALE, type GraphModel } from '../use-graph-model';
import { labelBoostOf } from './use-label-boost';

/** The smallest node is drawn at least this wide on screen when the view is fitted. */
const MIN_NODE_PX = 16;
/** Screen px kept free around the fitted graph. */
const FIT_MARGIN = 8;
/** How close a tour step brings what it is about. */
const CLOSE_SCALE = 2.4;

/** A name the layout keeps room for over its node (name-boxes.ts). */
const nameOver = (n: SimNode) => n.keepOut !== undefined && nameAbove(n.y);

/** The diamond of a position reaches 1.15 radii; the box a node's shape takes on screen. */
function nodeBox(n: SimNode, x: number, y: number, k: number): Box {
  const r = n.radius * k * (n.type === 'position' ? 1.15 : 1);
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

export interface FitAndLabelsInput {
  readonly store: AppStore;
  readonly engine: LayoutEngine;
  readonly model: Pick<
    GraphModel,
    'debate' | 'graph' | 'degree' | 'map' | 'rows' | 'chars' | 'whole'
  >;
  readonly compact: boolean;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly panZoomRef: RefObject<PanZoom | null>;
  readonly nodeElements: ReadonlyMap<NodeId, SVGGElement>;
  /** A rows focus's stance word under an actor's name, else null. */
  readonly noteOf: (id: NodeId) => string | null;
}

export interface FitAndLabels {
  /**
   * Fits the drawn graph, its labels included, into the view; given `only`, just those
   * of its nodes, brought closer (up to CLOSE_SCALE): true if any of them is drawn.
   */
  readonly fitNow: RefObject<(only?: ReadonlySet<NodeId>) => boolean>;
  /** Chooses where each label goes, and writes it to the label elements. */
  readonly placeLabelsNow: RefObject<() => void>;
}

export function useFitAndLabels(input: FitAndLabelsInput): FitAndLabels {
  const fitNow = useRef((only?: ReadonlySet<NodeId>): boolean => Boolean(only));
  const placeLabelsNow = useRef(() => {});
  const measureRef = useRef<Measure | undefined | null>(null);
  // Refreshed after every render, so that both read this render's graph.
  useLayoutEffect(() => {
    const { store, engine, compact, svgRef, panZoomRef, nodeElements, noteOf } = input;
    const { debate, graph, degree, map, rows, chars, whole } = input.model;
    measureRef.current ??= browserMeasure(
      svgRef.current ? getComputedStyle(svgRef.current).fontFamily : 'sans-serif',
    );
    const measure = measureRef.current;
    /** The label boost of the theme (projector), read from the stylesheet now. */
    const boost = () => labelBoostOf(svgRef.current);
    const rtl = () =>
      svgRef.current ? getComputedStyle(svgRef.current).direction === 'rtl' : false;
    /** The map's and rows' names read beside their nodes, after them in the reading direction. */
    const mapSide = () => {
      const beside = map || rows !== null;
      return { right: beside && !rtl(), left: beside && rtl() };
    };
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
            // Brought close (up to 2.4×), the touch target outgrows the fit's margin.
            reach: drawnOnly ? touchRadius(sim.radius) : undefined,
            labelWidth: size.width,
            labelHeight: size.height,
            above: nameOver(sim),
            ...mapSide(),
          },
        ];
      });
      const smallest = Math.min(...engine.nodes().map((n) => n.radius));
      // Nodes big enough to tap on a narrow screen; in the map, rows far enough apart
      // for the names beside them; rows at their own scale, the box as tall as they are.
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
      const { selected } = store.getState();
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
          forced: selected === sim.id,
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
  return { fitNow, placeLabelsNow };
}
