import { useLingui } from '@lingui/react/macro';
import { memo, useMemo } from 'react';
import type { DebateNode, NodeId } from '../../domain/model';
import { NodeLook } from '../../domain/node-look';
import { selectNodeLook } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { textDirection } from '../../lib/text-direction';
import { LABEL_FONT, labelLines, LINE_HEIGHT } from '../label-layout';
import { NODE_SHAPE, shapePath, touchRadius } from '../node-style';

export interface GraphNodeProps {
  readonly node: DebateNode;
  readonly radius: number;
  /** The first drawn node: Tab lands on it when the selection is not drawn. */
  readonly isFirst: boolean;
  /** The drawn nodes, to tell whether the selection is among them. */
  readonly drawn: ReadonlySet<NodeId>;
  /** How many nodes are folded into this one (a position's arguments). */
  readonly folded: number;
  /** Characters per label line, when not the type's own. */
  readonly chars?: number | undefined;
  /** Named in full, however many lines it takes (an issue's focus). */
  readonly whole?: boolean;
  /** A line under the name: the stance of an actor in a rows focus. */
  readonly note?: string | null;
  readonly elements: Map<NodeId, SVGGElement>;
}

/**
 * One node. It subscribes to its own look only, so selecting a node re-renders the
 * nodes whose look changes, not the whole graph (after xyflow's NodeRenderer).
 */
export const GraphNode = memo(function GraphNode({
  node,
  radius,
  isFirst,
  drawn,
  folded,
  chars,
  whole = false,
  note = null,
  elements,
}: GraphNodeProps) {
  const { t } = useLingui();
  const look = useAppStore((s) => selectNodeLook(s, node.id));
  // A roving tabindex: Tab lands on the selection, else on the first node. Each node
  // works this out for itself, so a click re-renders two nodes, not the graph.
  const isEntry = useAppStore((s) =>
    s.selected !== null && drawn.has(s.selected) ? s.selected === node.id : isFirst,
  );
  const { lines, notes } = labelLines(node, folded, chars, whole, note);
  // A click changes the look of most nodes, not their shape: the paths (long strings of
  // decimals) are not written again for it.
  const halo = useMemo(() => shapePath(node.type, radius + 5), [node.type, radius]);
  const shape = useMemo(() => shapePath(node.type, radius), [node.type, radius]);
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
          (look & NodeLook.later ? t` — enters the story after the “as of” date` : '')
        }
      >
        {/* A touch target of at least 24 px around small shapes. */}
        <circle className="node__target" r={touchRadius(radius)} />
        <path className="node__halo" d={halo} />
        <path className="node__shape" d={shape} />
      </g>
      {/* Placed in screen pixels by label placement; until then, under the node. */}
      {/* Its own direction, from its first letter: the placement anchors by it. */}
      <text
        className="node__label"
        data-label-for={node.id}
        direction={textDirection(node.shortLabel)}
        y={radius + 3 + LABEL_FONT[node.type] * 0.9}
        aria-hidden="true"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={0} dy={i ? `${LINE_HEIGHT}em` : undefined}>
            {line}
          </tspan>
        ))}
        {notes.map((line, i) => (
          <tspan key={`note${i}`} className="node__count" x={0} dy={`${LINE_HEIGHT}em`}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
});

/** The type and the full text, plus the short name shown in the picture when it differs. */
function accessibleName(node: DebateNode): string {
  const name = `${NODE_SHAPE[node.type].name}: ${node.label}`;
  return node.shortLabel === node.label ? name : `${name} (${node.shortLabel})`;
}
