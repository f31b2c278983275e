// Zoom and pan as a framework-free object with update and destroy, after xyflow's
// XYPanZoom: d3-zoom handles wheel, pinch and drag; the transform goes straight to
// the viewport element, never through React.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Bounds } from '../engine/layout-engine';

export interface PanZoom {
  transform(): ZoomTransform;
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
  readonly onTransform: (transform: ZoomTransform, byUser: boolean) => void;
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
  const size = () => ({ width: svg.clientWidth || 1, height: svg.clientHeight || 1 });
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .scaleExtent([minScale, SCALE_EXTENT[1]])
    // The element's own box, read directly rather than through SVG length objects.
    .extent(() => {
      const { width, height } = size();
      return [
        [0, 0],
        [width, height],
      ];
    })
    .filter((event: Event) => {
      if (event.type === 'wheel') return true;
      if (event.type === 'dblclick') return false;
      const target = event.target as Element | null;
      if (options.ignoreSelector && target?.closest(options.ignoreSelector)) return false;
      if (options.ignore?.(event)) return false;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      viewport?.setAttribute('transform', event.transform.toString());
      options.onTransform(event.transform, event.sourceEvent != null);
    });
  const selection = select<Element, unknown>(svg).call(behaviour);

  return {
    transform: () => zoomTransform(svg),
    zoomBy: (factor) => behaviour.scaleBy(selection, factor),
    fit(bounds, maxScale = 1.6) {
      const { width, height } = size();
      const margin = 24;
      const w = Math.max(bounds.x1 - bounds.x0, 1);
      const h = Math.max(bounds.y1 - bounds.y0, 1);
      const k = Math.max(
        minScale,
        Math.min(maxScale, (width - 2 * margin) / w, (height - 2 * margin) / h),
      );
      const cx = (bounds.x0 + bounds.x1) / 2;
      const cy = (bounds.y0 + bounds.y1) / 2;
      behaviour.transform(
        selection,
        zoomIdentity.translate(width / 2 - k * cx, height / 2 - k * cy).scale(k),
      );
    },
    set(k, x, y) {
      behaviour.transform(selection, zoomIdentity.translate(x, y).scale(k));
    },
    size,
    reveal(x, y, margin = 48) {
      const t = zoomTransform(svg);
      const { width, height } = size();
      const [sx, sy] = t.apply([x, y]);
      const dx = sx < margin ? margin - sx : sx > width - margin ? width - margin - sx : 0;
      const dy = sy < margin ? margin - sy : sy > height - margin ? height - margin - sy : 0;
      if (dx || dy) behaviour.translateBy(selection, dx / t.k, dy / t.k);
    },
    destroy: () => {
      selection.on('.zoom', null);
    },
  };
}
