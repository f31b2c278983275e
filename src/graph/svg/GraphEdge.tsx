// One link of the SVG graph. React draws only its kind and look (highlighted beside the
// hovered or selected node, dimmed outside a focus); its ends are written by the graph
// view's frame callback through `elements`, so a moving layout never re-renders it. A
// focus drawn as rows adds a trunk for each node its rows hang from.
import { memo } from 'react';
import type { Edge } from '../../domain/model';
import { NodeLook } from '../../domain/node-look';
import { selectEdgeLook } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { edgeClass } from '../node-style';

export interface GraphEdgeProps {
  readonly edge: Edge;
  readonly elements: Map<string, SVGLineElement>;
  readonly markerId: string;
}

/** Keeps `element` in `elements` under `key` while it is on the page. */
const registerIn =
  (elements: Map<string, SVGLineElement>, key: string) => (element: SVGLineElement | null) => {
    if (!element) return;
    elements.set(key, element);
    return () => {
      elements.delete(key);
    };
  };

/** A trunk of a focus drawn as rows (rows-layout.ts): its place is written with the links'. */
export function TreeTrunk(props: {
  readonly id: string;
  readonly kind: string;
  readonly elements: Map<string, SVGLineElement>;
}) {
  return <line ref={registerIn(props.elements, props.id)} className={`edge edge--${props.kind}`} />;
}

export const GraphEdge = memo(function GraphEdge({ edge, elements, markerId }: GraphEdgeProps) {
  const look = useAppStore((s) => selectEdgeLook(s, edge.source, edge.target));
  const marker =
    edge.type === 'supports' || edge.type === 'attacks'
      ? `url(#${markerId}-${edge.type})`
      : undefined;
  return (
    <line
      ref={registerIn(elements, edge.id)}
      className={`edge edge--${edgeClass(edge)}`}
      markerEnd={marker}
      data-highlight={look & (NodeLook.nearHovered | NodeLook.nearSelected) ? true : undefined}
      data-dimmed={look & NodeLook.dimmed ? true : undefined}
    />
  );
});
