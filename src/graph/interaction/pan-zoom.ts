// Zoom and pan as a framework-free object with update and destroy, after xyflow's
// XYPanZoom: the transform goes straight to the viewport element, never through React,
// and callers see only a plain viewport ({ k, x, y }), never d3-zoom's objects.
// The first picture is placed here at once; d3-zoom (wheel, pinch and drag) loads
// afterwards and takes the view over where it stands (zoom-gestures.ts).
import {
  IDENTITY_VIEW,
  toGraph,
  toScreen,
  transformAttribute,
  type Viewport,
} from './view-transform';
import type { ZoomGestures } from './zoom-gestures';
import type { Bounds } from '../engine/layout-engine';

export interface PanZoom {
  transform(): Viewport;
  zoomBy(factor: number): void;
  /** Fits the bounds into the view with a margin; never zooms in past `maxScale`. */
  fit(bounds: Bounds, maxScale?: number): void;
  /** Moves the view to scale k, translated by (x, y) screen px. */
  set(k: number, x: number, y: number): void;
  /** The element's size, CSS px. */
  size(): { width: number; height: number };
  /** Pans just enough to bring a point (graph units) into view with a margin. */
  reveal(x: number, y: number, margin?: number): void;
  destroy(): void;
}

export interface PanZoomOptions {
  /** `byUser`: a gesture (wheel, drag, pinch) moved the view, not the code. */
  readonly onTransform: (viewport: Viewport, byUser: boolean) => void;
  /** Pointer gestures that start on these elements are left to them (node drag). */
  readonly ignoreSelector?: string;
  /** Pointer gestures for which this is true are left alone (a canvas: a node under the pointer). */
  readonly ignore?: (event: Event) => boolean;
  /** How far out the view may zoom (default 0.15); big graphs need further to fit. */
  readonly minScale?: number;
}

const SCALE_EXTENT: [number, number] = [0.15, 4];

/**
 * `svg` is the element that takes the gestures (an SVG or a canvas); `viewport`, when
 * given, gets the transform as an attribute; a canvas repaints in onTransform instead.
 */
export function createPanZoom(
  svg: SVGSVGElement | HTMLCanvasElement,
  viewport: SVGGElement | null,
  options: PanZoomOptions,
): PanZoom {
  const minScale = options.minScale ?? SCALE_EXTENT[0];
  const maxScale = SCALE_EXTENT[1];
  const size = () => ({ width: svg.clientWidth || 1, height: svg.clientHeight || 1 });
  // The size as last observed, for bringing the selection into view: read afresh in a
  // click, it made the browser lay the page out in the middle of the click's work, and
  // again once the click had changed it. A box that changed since moves the margin a
  // little, no more; fitting and zooming still read the size afresh.
  let observed: { width: number; height: number } | null = null;
  const resize = globalThis.ResizeObserver
    ? new ResizeObserver(() => {
        observed = size();
      })
    : null;
  resize?.observe(svg);
  let current: Viewport = IDENTITY_VIEW;
  let gestures: ZoomGestures | null = null;
  let destroyed = false;

  const show = (t: Viewport, byUser: boolean) => {
    current = t;
    viewport?.setAttribute('transform', transformAttribute(t));
    options.onTransform(t, byUser);
  };
  const moveTo = (k: number, x: number, y: number) => {
    if (gestures) gestures.moveTo({ k, x, y });
    else show({ k, x, y }, false);
  };
  const accept = (event: Event) => {
    if (event.type === 'wheel') return true;
    if (event.type === 'dblclick') return false;
    const target = event.target as Element | null;
    if (options.ignoreSelector && target?.closest(options.ignoreSelector)) return false;
    if (options.ignore?.(event)) return false;
    return !(event as MouseEvent).button;
  };

  void import('./zoom-gestures').then(({ attachZoomGestures }) => {
    if (destroyed) return;
    gestures = attachZoomGestures(svg, current, {
      scaleExtent: [minScale, maxScale],
      size,
      accept,
      onZoom: show,
    });
  });

  return {
    transform: () => current,
    zoomBy(factor) {
      if (gestures) return gestures.zoomBy(factor);
      // Around the middle of the view, as d3-zoom's scaleBy does.
      const { width, height } = size();
      const k = Math.min(maxScale, Math.max(minScale, current.k * factor));
      const [cx, cy] = toGraph(current, [width / 2, height / 2]);
      moveTo(k, width / 2 - k * cx, height / 2 - k * cy);
    },
    fit(bounds, maxFit = 1.6) {
      const { width, height } = size();
      const margin = 24;
      const w = Math.max(bounds.x1 - bounds.x0, 1);
      const h = Math.max(bounds.y1 - bounds.y0, 1);
      const k = Math.max(
        minScale,
        Math.min(maxFit, (width - 2 * margin) / w, (height - 2 * margin) / h),
      );
      const cx = (bounds.x0 + bounds.x1) / 2;
      const cy = (bounds.y0 + bounds.y1) / 2;
      moveTo(k, width / 2 - k * cx, height / 2 - k * cy);
    },
    set: moveTo,
    size,
    reveal(x, y, margin = 48) {
      const t = current;
      const { width, height } = observed ?? size();
      const [sx, sy] = toScreen(t, [x, y]);
      const dx = sx < margin ? margin - sx : sx > width - margin ? width - margin - sx : 0;
      const dy = sy < margin ? margin - sy : sy > height - margin ? height - margin - sy : 0;
      if (!dx && !dy) return;
      if (gestures) gestures.translateBy(dx / t.k, dy / t.k);
      else moveTo(t.k, t.x + dx, t.y + dy);
    },
    destroy: () => {
      destroyed = true;
      resize?.disconnect();
      gestures?.detach();
      gestures = null;
    },
  };
}
