import { rimToRim } from '../edge-geometry';

type Circle = Parameters<typeof rimToRim>[0];

/** Draws the edge from rim to rim, so arrow and bar markers touch the target's outline. */
export function writeEdgePosition(element: SVGLineElement, source: Circle, target: Circle): void {
  const line = rimToRim(source, target);
  element.setAttribute('x1', line.x1.toFixed(1));
  element.setAttribute('y1', line.y1.toFixed(1));
  element.setAttribute('x2', line.x2.toFixed(1));
  element.setAttribute('y2', line.y2.toFixed(1));
}
