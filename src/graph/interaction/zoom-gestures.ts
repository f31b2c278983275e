// Wheel, pinch and drag to zoom and pan, by d3-zoom: loaded once the graph is on screen
// (pan-zoom.ts), since the first picture needs none of it.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ViewTransform } from './view-transform';

export interface ZoomGestures {
  /** Moves the view (d3-zoom then reports it through onZoom, as not by the user). */
  moveTo(t: Pick<ViewTransform, 'k' | 'x' | 'y'>): void;
  zoomBy(factor: number): void;
  translateBy(dx: number, dy: number): void;
  detach(): void;
}

export interface ZoomGestureOptions {
  readonly scaleExtent: [number, number];
  readonly size: () => { width: number; height: number };
  /** Whether d3-zoom should take this gesture. */
  readonly accept: (event: Event) => boolean;
  readonly onZoom: (transform: ZoomTransform, byUser: boolean) => void;
}

export function attachZoomGestures(
  element: SVGSVGElement | HTMLCanvasElement,
  start: Pick<ViewTransform, 'k' | 'x' | 'y'>,
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
  const moveTo = (t: Pick<ViewTransform, 'k' | 'x' | 'y'>) =>
    behaviour.transform(selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
  // Take over the view where the first screen left it, before listening.
  selection.call(behaviour);
  moveTo(start);
  behaviour.on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) =>
    options.onZoom(event.transform, event.sourceEvent != null),
  );
  return {
    moveTo,
    zoomBy: (factor) => behaviour.scaleBy(selection, factor),
    translateBy: (dx, dy) => behaviour.translateBy(selection, dx, dy),
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
