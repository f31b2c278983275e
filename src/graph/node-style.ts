// How each kind of node and edge looks. Meaning is carried by shape and line style as
// well as colour (Okabe–Ito palette, safe for colour-blind readers); the legend
// draws from the same table so the two cannot disagree.
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { DebateNode, Edge, NodeType } from '../domain/model';
import { NODE_TYPE_NAMES } from '../domain/node-types';

/** The node types' names, from the app's one table. */
export const NODE_SHAPE = NODE_TYPE_NAMES;

/** The node's size in graph units: issues are anchors, busy actors grow with their links. */
export function nodeRadius(node: DebateNode, degree: number): number {
  switch (node.type) {
    case 'issue':
      return 24;
    case 'position':
      return 13;
    case 'actor':
      return 9 + Math.min(9, Math.sqrt(degree) * 2);
    case 'argument':
      return 8;
  }
}

/** The touch target around a node, graph units: a little beyond its shape, at least 24 across. */
export function touchRadius(radius: number): number {
  return Math.max(radius + 4, 12);
}

/** How far each kind of shape reaches above and below its centre, in radii, at most (shapePath). */
export const SHAPE_REACH: Record<NodeType, number> = {
  issue: 1,
  position: 1.15,
  actor: 1,
  argument: 1.25,
};

/** An SVG path for the node's shape, centred on 0,0: square, diamond, circle, triangle. */
export function shapePath(type: NodeType, r: number): string {
  switch (type) {
    case 'issue': {
      const s = r * 0.9;
      return `M${-s},${-s + 4}q0,-4 4,-4h${2 * s - 8}q4,0 4,4v${2 * s - 8}q0,4 -4,4h${-(2 * s - 8)}q-4,0 -4,-4z`;
    }
    case 'position':
      return `M0,${-r * 1.15}L${r * 1.15},0L0,${r * 1.15}L${-r * 1.15},0z`;
    case 'actor':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`;
    case 'argument': {
      const h = r * 1.25;
      return `M0,${-h}L${h * 1.05},${h * 0.75}L${-h * 1.05},${h * 0.75}z`;
    }
  }
}

export const EDGE_LEGEND: Record<string, MessageDescriptor> = {
  'stance-for': msg`holds the position (for)`,
  'stance-against': msg`opposes the position (against)`,
  'stance-conditional': msg`holds it on conditions`,
  'stance-unclear': msg`stance unclear`,
  supports: msg`argument supports (arrow)`,
  attacks: msg`argument attacks (bar end)`,
  answers: msg`position answers an issue`,
  makes: msg`actor makes the argument`,
  'member-of': msg`actor is part of another`,
};

/** The CSS class of an edge: its type, and for stances the stance. */
export function edgeClass(edge: Edge): string {
  return edge.type === 'stance' ? `stance-${edge.stance ?? 'unclear'}` : edge.type;
}

/** Shortens a label for the picture; the full text is in the tooltip and the accessible name. */
export function shortenLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

export const LABEL_LENGTH: Record<NodeType, number> = {
  issue: 34,
  position: 30,
  actor: 26,
  argument: 30,
};
