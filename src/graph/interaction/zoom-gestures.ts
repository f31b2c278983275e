// Wheel, pinch and drag to zoom and pan, by d3-zoom: loaded once the graph is on screen
// (pan-zoom.ts), since the first picture needs none of it. The one module that touches
// d3-zoom's transform objects: it hands out plain viewports.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Viewport } from './view-transform';

export interface ZoomGestures {
  /** Moves the view (d3-zoom then reports it through onZoom, as not by the user). */
  moveTo(t: Viewport): void;
  zoomBy(factor: number): void;
  translateBy(dx: number, dy: number): void;
  detach(): void;
}

export interface ZoomGestureOptions {
  readonly scaleExtent: [number, number];
  readonly size: () => { width: number; height: number };
  /** Whether d3-zoom should take this gesture. */
  readonly accept: (event: Event) => boolean;
  readonly onZoom: (viewport: Viewport, byUser: boolean) => void;
}

export function attachZoomGestures(
  element: SVGSVGElement | HTMLCanvasElement,
  start: Viewport,
  options: ZoomGestureOptions,
): ZoomGestures {
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .scaleExtent(options.scaleExtent)
    // The element's own box, read directly rather than through SVG length objects.
    .extent(() => {
      const { width, height } = options.size();
      return [
        [0, 0],
        [width, height],
      ];
    })
    .filter(options.accept);
  const selection = select<Element, unknown>(element);
  const moveTo = (t: Viewport) =>
    behaviour.transform(selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
  // Take over the view where the first screen left it, before listening.
  selection.call(behaviour);
  moveTo(start);
  behaviour.on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
    const { k, x, y } = event.transform;
    options.onZoom({ k, x, y }, event.sourceEvent != null);
  });
  return {
    moveTo,
    zoomBy: (factor) => behaviour.scaleBy(selection, factor),
    translateBy: (dx, dy) => behaviour.translateBy(selection, dx, dy),
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
