import { memo } from 'react';
import type { DebateNode, NodeId } from '../../domain/model';
import { NodeLook, selectNodeLook } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { LABEL_LENGTH, NODE_SHAPE, shapePath, shortenLabel } from '../node-style';

export interface GraphNodeProps {
  readonly node: DebateNode;
  readonly radius: number;
  /** The node Tab lands on: the selection, or the first node (a roving tabindex). */
  readonly isEntry: boolean;
  readonly elements: Map<NodeId, SVGGElement>;
}

/**
 * One node. It subscribes to its own look only, so selecting a node re-renders the
 * nodes whose look changes, not the whole graph (after xyflow's NodeRenderer).
 */
export const GraphNode = memo(function GraphNode({
  node,
  radius,
  isEntry,
  elements,
}: GraphNodeProps) {
  const look = useAppStore((s) => selectNodeLook(s, node.id));
  const is = (flag: number) => (look & flag ? true : undefined);
  // The wrapper carries the position and the look; the focusable button inside holds
  // only the shape, so its accessible name need not match the shortened label
  // beside it (WCAG 2.5.3, label in name).
  return (
    <g
      ref={(element) => {
        if (!element) return;
        elements.set(node.id, element);
        return () => {
          elements.delete(node.id);
        };
      }}
      className={`node node--${node.type}`}
      data-selected={is(NodeLook.selected)}
      data-highlight={is(NodeLook.hovered | NodeLook.nearHovered)}
      data-near-selected={is(NodeLook.nearSelected)}
      data-match={is(NodeLook.match)}
      data-dimmed={is(NodeLook.dimmed)}
      data-tour-focus={is(NodeLook.tourFocus)}
      data-later={is(NodeLook.later)}
    >
      <g
        className="node__hit"
        data-node-id={node.id}
        data-node-type={node.type}
        tabIndex={isEntry ? 0 : -1}
        role="button"
        aria-pressed={Boolean(look & NodeLook.selected)}
        aria-label={
          accessibleName(node) +
          (look & NodeLook.later ? ' — enters the story after the “as of” date' : '')
        }
      >
        <path className="node__halo" d={shapePath(node.type, radius + 5)} />
        <path className="node__shape" d={shapePath(node.type, radius)} />
      </g>
      <text className="node__label" y={radius + 3} dy="0.9em" aria-hidden="true">
        {shortenLabel(node.shortLabel, LABEL_LENGTH[node.type])}
      </text>
    </g>
  );
});

/** The type and the full text, plus the short name shown in the picture when it differs. */
function accessibleName(node: DebateNode): string {
  const name = `${NODE_SHAPE[node.type].name}: ${node.label}`;
  return node.shortLabel === node.label ? name : `${name} (${node.shortLabel})`;
}
