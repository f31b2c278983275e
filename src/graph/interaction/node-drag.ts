// Dragging a node pins it where it is dropped (double-click releases it). d3-drag
// tells a drag from a click, so a plain click still selects.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import type { NodeId } from '../../domain/model';
import { toGraph, type Viewport } from './view-transform';

export interface DragTarget {
  pin(id: NodeId, x: number, y: number): void;
  reheat(alpha?: number): void;
}

/**
 * With `animate`, the layout follows the drag live; without it (reduced motion), the
 * dragged node moves alone and the rest settles once, when it is dropped.
 */
export function attachNodeDrag(
  svg: SVGSVGElement,
  nodeSelector: string,
  target: DragTarget,
  animate: boolean,
  viewport: () => Viewport,
): () => void {
  return attachDrag(
    svg,
    (event) => {
      const element = (event.target as Element | null)?.closest<SVGElement>(nodeSelector);
      return (element?.dataset.nodeId as NodeId | undefined) ?? null;
    },
    target,
    animate,
    viewport,
  );
}

/**
 * The same for any element that can say which node a pointer event is on (a canvas
 * hit-tests its layout): a gesture on no node is left to pan and zoom.
 */
export function attachDrag(
  element: SVGSVGElement | HTMLCanvasElement,
  nodeAt: (event: Event) => NodeId | null,
  target: DragTarget,
  animate: boolean,
  /** The view as pan-zoom shows it, to turn the pointer into graph units. */
  viewport: () => Viewport,
): () => void {
  const behaviour = drag<Element, unknown, NodeId | null>()
    .container(element)
    .filter((event: MouseEvent) => !event.button && nodeAt(event) !== null)
    .subject((event: { sourceEvent: Event }) => nodeAt(event.sourceEvent))
    .on('drag', (event: { subject: NodeId | null; sourceEvent: Event; x: number; y: number }) => {
      if (!event.subject) return;
      const [x, y] = toGraph(viewport(), [event.x, event.y]);
      target.pin(event.subject, x, y);
      if (animate) target.reheat(0.15);
    })
    .on('end', (event: { subject: NodeId | null }) => {
      if (event.subject && !animate) target.reheat(0.15);
    });
  const selection = select<Element, unknown>(element).call(behaviour);
  return () => {
    selection.on('.drag', null);
  };
}
