// A new set of nodes. A new focus or screen class lays the graph out afresh, settled
// and fitted before it is shown (the same picture however the reader got there); a
// filter keeps the places and moves gently. The settle runs in slices of at most
// SETTLE_SLICE_MS, so a big graph (or a slow machine) never blocks the page for long:
// a small graph is done within the first slice, before the browser paints; a bigger
// one is hidden until it is (`data-settling`), while the rest of the page (the
// details of a clicked issue) paints at once.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { NodeId } from '../../domain/model';
import type { LayoutEngine } from '../engine/layout-engine';
import type { PanZoom } from '../interaction/pan-zoom';
import { atScale, type GraphModel } from '../use-graph-model';

/** The longest the layout may hold the page at a time, ms: a long task starts at 50. */
const SETTLE_SLICE_MS = 40;

/** The same places, mirrored left to right. */
function mirrored(points: ReadonlyMap<NodeId, { x: number; y: number }>) {
  return new Map([...points].map(([id, p]) => [id, { x: -p.x, y: p.y }]));
}

/** What is laid out: the graph model's drawn graph and how it is arranged (use-graph-model.ts). */
export type SettleModel = Pick<
  GraphModel,
  'layoutNodes' | 'graph' | 'arrangement' | 'layoutKey' | 'pending'
>;

/** How: the labels' size factor (null until read), motion, and a narrow screen. */
export interface SettleStyle {
  readonly labelBoost: number | null;
  readonly animate: boolean;
  readonly compact: boolean;
}

/** The graph view's handles the settle works with, each the same object for the view's life. */
export interface SettleView {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly panZoomRef: RefObject<PanZoom | null>;
  /** Until the reader moves the view, it is fitted again when the graph changes. */
  readonly followFitRef: RefObject<boolean>;
  /** The nodes a tour step brings close, fitted instead of the whole graph. */
  readonly closeUpRef: RefObject<ReadonlySet<NodeId> | null>;
  readonly fitNowRef: RefObject<(only?: ReadonlySet<NodeId>) => boolean>;
  readonly placeLabelsNowRef: RefObject<() => void>;
}

/** Lays out each new set of nodes; returns the layout still settling, if any (null once done). */
export function useSettledLayout(
  engine: LayoutEngine,
  model: SettleModel,
  { labelBoost, animate, compact }: SettleStyle,
  view: SettleView,
): RefObject<Promise<void> | null> {
  /** The key the graph was last laid out afresh for. */
  const laidOutRef = useRef<string | null>(null);
  const settlingRef = useRef<Promise<void> | null>(null);
  const { layoutNodes, graph, arrangement, layoutKey, pending } = model;
  const { edges } = graph;
  useLayoutEffect(() => {
    const { svgRef, panZoomRef, followFitRef, closeUpRef, fitNowRef, placeLabelsNowRef } = view;
    const svg = svgRef.current;
    if (pending || labelBoost === null) {
      // The rows' code is on its way, or the labels' size not yet read: the graph waits
      // for them, out of sight.
      svg?.setAttribute('data-settling', '');
      let release = () => {};
      const waiting = new Promise<void>((resolve) => (release = resolve));
      settlingRef.current = waiting;
      return () => {
        release();
        if (settlingRef.current === waiting) settlingRef.current = null;
      };
    }
    const fresh = laidOutRef.current !== layoutKey;
    const size = panZoomRef.current?.size();
    const { fixed } = arrangement;
    const shaped = {
      ...arrangement,
      aspect: size ? size.width / size.height : 1,
      // Rows run from the right on a right-to-left page.
      ...(fixed && svg && getComputedStyle(svg).direction === 'rtl' && { fixed: mirrored(fixed) }),
    };
    if (fresh) engine.setGraph([], []);
    engine.setGraph(layoutNodes, edges, shaped);
    if (!fresh && animate) {
      engine.reheat(0.4);
      return;
    }
    // A filter under reduced motion moves the surviving nodes from where they were:
    // at once, never in sight.
    const slice = fresh ? SETTLE_SLICE_MS : Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The scales the graph was laid out again for (0: not yet): rooms, and names' boxes. */
    let roomScale = 0;
    let nameScale = 0;
    const named = layoutNodes.some((n) => n.keepOut);
    let done = () => {};
    const run = () => {
      const start = performance.now();
      if (!engine.settleSome(() => performance.now() - start > slice)) {
        svg?.setAttribute('data-settling', '');
        timer = setTimeout(run, 0);
        return;
      }
      followFitRef.current = true;
      fitNowRef.current(closeUpRef.current ?? undefined);
      // Labels keep their size on screen: fitted smaller than 1:1, the room each label
      // needs grows in graph units. Laid out once more with that room, the labels fit.
      // That layout comes out a little bigger and is fitted a little smaller, so the
      // issues' name boxes, which must hold their names exactly, are sized once more
      // for that scale (the rooms stay, or the picture would keep growing).
      const k = panZoomRef.current?.transform().k ?? 1;
      const boxesShrank = nameScale > 0 && nameScale === roomScale && k < nameScale * 0.99 && named;
      if (fresh && !compact && k < 0.95 && (roomScale === 0 || boxesShrank)) {
        roomScale ||= k;
        nameScale = k;
        engine.setGraph([], []);
        engine.setGraph(
          layoutNodes.map((n) => atScale(n, roomScale, nameScale)),
          edges,
          shaped,
        );
        run();
        return;
      }
      laidOutRef.current = layoutKey;
      svg?.removeAttribute('data-settling');
      placeLabelsNowRef.current();
      done();
      if (settlingRef.current === mine) settlingRef.current = null;
    };
    settlingRef.current = new Promise<void>((resolve) => (done = resolve));
    const mine = settlingRef.current;
    run();
    return () => {
      clearTimeout(timer);
      // Replaced before it was done: whoever waits goes on to wait for the next one.
      done();
      if (settlingRef.current === mine) settlingRef.current = null;
    };
  }, [
    engine,
    view,
    layoutNodes,
    edges,
    arrangement,
    layoutKey,
    pending,
    labelBoost,
    animate,
    compact,
  ]);
  return settlingRef;
}
