// Dragging a node pins it where it is dropped (double-click releases it). d3-drag
// tells a drag from a click, so a plain click still selects.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoomTransform } from 'd3-zoom';
import type { NodeId } from '../../domain/model';

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
): () => void {
  const toGraph = (event: { sourceEvent: Event; x: number; y: number }) =>
    zoomTransform(svg).invert([event.x, event.y]);
  const behaviour = drag<SVGSVGElement, unknown, NodeId | null>()
    .container(svg)
    .filter(
      (event: MouseEvent) =>
        !event.button && Boolean((event.target as Element | null)?.closest(nodeSelector)),
    )
    .subject((event: { sourceEvent: Event }) => {
      const element = (event.sourceEvent.target as Element | null)?.closest<SVGElement>(
        nodeSelector,
      );
      return (element?.dataset.nodeId as NodeId | undefined) ?? null;
    })
    .on('drag', (event: { subject: NodeId | null; sourceEvent: Event; x: number; y: number }) => {
      if (!event.subject) return;
      const [x, y] = toGraph(event);
      target.pin(event.subject, x, y);
      if (animate) target.reheat(0.15);
    })
    .on('end', (event: { subject: NodeId | null }) => {
      if (event.subject && !animate) target.reheat(0.15);
    });
  const selection = select(svg).call(behaviour);
  return () => {
    selection.on('.drag', null);
  };
}
