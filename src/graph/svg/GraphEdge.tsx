import { memo } from 'react';
import type { Edge } from '../../domain/model';
import { NodeLook, selectEdgeLook } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { edgeClass } from '../node-style';

interface Point {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** Draws the edge from rim to rim, so arrow and bar markers touch the target's outline. */
export function writeEdgePosition(element: SVGLineElement, source: Point, target: Point): void {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const end = Math.min(target.radius + 3, length / 2);
  element.setAttribute('x1', (source.x + ux * source.radius).toFixed(1));
  element.setAttribute('y1', (source.y + uy * source.radius).toFixed(1));
  element.setAttribute('x2', (target.x - ux * end).toFixed(1));
  element.setAttribute('y2', (target.y - uy * end).toFixed(1));
}

export interface GraphEdgeProps {
  readonly edge: Edge;
  readonly elements: Map<string, SVGLineElement>;
  readonly markerId: string;
}

export const GraphEdge = memo(function GraphEdge({ edge, elements, markerId }: GraphEdgeProps) {
  const look = useAppStore((s) => selectEdgeLook(s, edge.source, edge.target));
  const marker =
    edge.type === 'supports' || edge.type === 'attacks'
      ? `url(#${markerId}-${edge.type})`
      : undefined;
  return (
    <line
      ref={(element) => {
        if (!element) return;
        elements.set(edge.id, element);
        return () => {
          elements.delete(edge.id);
        };
      }}
      className={`edge edge--${edgeClass(edge)}`}
      markerEnd={marker}
      data-highlight={look & (NodeLook.nearHovered | NodeLook.nearSelected) ? true : undefined}
      data-dimmed={look & NodeLook.dimmed ? true : undefined}
    />
  );
});
