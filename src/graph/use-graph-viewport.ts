// What both renderers do with the view the same way: a tour step and the selection
// are brought into view, + − and 0 zoom and fit, and the tooltip follows the hovered
// node, all without React re-rendering the graph.
import { useEffect, useRef, type RefObject } from 'react';
import type { NodeId } from '../domain/model';
import { isShortcutKey } from '../lib/shortcuts';
import { selectTourFocus } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { LayoutEngine } from './engine/layout-engine';
import type { PanZoom } from './interaction/pan-zoom';
import { IDENTITY_VIEW, toScreen } from './interaction/view-transform';

const stayPut = () => {};

export interface GraphViewport {
  readonly engine: LayoutEngine;
  readonly panZoomRef: RefObject<PanZoom | null>;
  readonly tooltipRef: RefObject<HTMLDivElement | null>;
  /** Fits the whole graph into view (the 0 key); default: its nodes' bounds. */
  readonly fit?: () => void;
  /**
   * Brings these nodes close, their labels in view (a tour step); false when none is
   * drawn. Default: their nodes' bounds.
   */
  readonly fitTo?: (ids: ReadonlySet<NodeId>) => boolean;
  /** Called when one of these moves the view (a stable function: it is an effect's dependency). */
  readonly onViewMoved?: () => void;
}

export function useGraphViewport({
  engine,
  panZoomRef,
  tooltipRef,
  fit,
  fitTo,
  onViewMoved = stayPut,
}: GraphViewport): void {
  const store = useAppStoreApi();
  const fitRef = useRef(fit);
  const fitToRef = useRef(fitTo);
  useEffect(() => {
    fitRef.current = fit;
    fitToRef.current = fitTo;
  });

  // A tour step brings what it is about into view.
  const tourFocus = useAppStore(selectTourFocus);
  useEffect(() => {
    if (fitToRef.current) {
      if (fitToRef.current(tourFocus)) onViewMoved();
      return;
    }
    const placed = [...tourFocus].flatMap((id) => engine.node(id) ?? []);
    if (!placed.length) return;
    onViewMoved();
    panZoomRef.current?.fit({
      x0: Math.min(...placed.map((n) => n.x - n.radius)),
      y0: Math.min(...placed.map((n) => n.y - n.radius)),
      x1: Math.max(...placed.map((n) => n.x + n.radius)),
      y1: Math.max(...placed.map((n) => n.y + n.radius)),
    });
  }, [engine, panZoomRef, onViewMoved, tourFocus]);

  // + − and 0 zoom and fit from anywhere outside a text field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutKey(event)) return;
      const panZoom = panZoomRef.current;
      if (!panZoom) return;
      if (event.key === '+' || event.key === '=') panZoom.zoomBy(1.4);
      else if (event.key === '-' || event.key === '−') panZoom.zoomBy(1 / 1.4);
      else if (event.key === '0') {
        if (fitRef.current) fitRef.current();
        else panZoom.fit(engine.bounds());
      } else return;
      onViewMoved();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [engine, panZoomRef, onViewMoved]);

  // The selection is always in view; subscribed here, so the graph does not re-render.
  useEffect(() => {
    const reveal = (selected: NodeId | null) => {
      const node = selected ? engine.node(selected) : undefined;
      if (!node) return;
      onViewMoved();
      panZoomRef.current?.reveal(node.x, node.y);
    };
    reveal(store.getState().selected);
    return store.subscribe((state, previous) => {
      if (state.selected !== previous.selected) reveal(state.selected);
    });
  }, [store, engine, panZoomRef, onViewMoved]);

  // The tooltip: full text of the hovered or focused node, placed without React.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.hovered === previous.hovered) return;
        const tooltip = tooltipRef.current;
        const sim = state.hovered ? engine.node(state.hovered) : undefined;
        const node = state.hovered ? state.debate?.index.node.get(state.hovered) : undefined;
        if (!tooltip) return;
        if (!sim || !node) {
          tooltip.hidden = true;
          return;
        }
        const t = panZoomRef.current?.transform() ?? IDENTITY_VIEW;
        const [x, y] = toScreen(t, [sim.x, sim.y]);
        tooltip.textContent = node.label;
        tooltip.hidden = false;
        tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y - sim.radius * t.k - 8)}px) translate(-50%, -100%)`;
      }),
    [store, engine, panZoomRef, tooltipRef],
  );
}
