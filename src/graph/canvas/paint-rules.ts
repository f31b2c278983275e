// How each kind of node and edge is painted: graph.css's rules as numbers (colours by
// name, widths, dashes, opacities), and when a detail is too small to be worth drawing.
import { NODE_TYPES, type NodeType } from '../../domain/model';
import { NodeLook } from '../../domain/node-look';
import { LABEL_FONT } from '../label-layout';
import type { EdgeKind, SceneColours } from './scene-types';

export interface EdgePaint {
  readonly colour: keyof SceneColours;
  readonly width: number;
  readonly dash: readonly number[];
  readonly cap?: CanvasLineCap;
}

/** graph.css's edge rules, as numbers. Keep the two in step. */
export const EDGE_PAINT: Readonly<Record<EdgeKind, EdgePaint>> = {
  answers: { colour: 'issue', width: 1.6, dash: [] },
  'stance-for': { colour: 'for', width: 2, dash: [] },
  'stance-against': { colour: 'against', width: 2, dash: [7, 4] },
  'stance-conditional': { colour: 'conditional', width: 2, dash: [8, 3, 2, 3] },
  'stance-unclear': { colour: 'unclear', width: 1.3, dash: [2, 3] },
  supports: { colour: 'supports', width: 1.6, dash: [] },
  attacks: { colour: 'attacks', width: 1.6, dash: [5, 3] },
  makes: { colour: 'edgeMuted', width: 1.3, dash: [1, 3], cap: 'round' },
  'member-of': { colour: 'edgeMuted', width: 1.3, dash: [10, 3, 1, 3] },
};
export const EDGE_KINDS = Object.keys(EDGE_PAINT) as EdgeKind[];
export const EDGE_KIND_INDEX = Object.fromEntries(EDGE_KINDS.map((kind, i) => [kind, i])) as Record<
  EdgeKind,
  number
>;
export const HIGHLIGHT_WIDTH = 2.6;

export const NODE_FILL: Readonly<Record<NodeType, keyof SceneColours>> = {
  issue: 'issue',
  position: 'position',
  actor: 'actor',
  argument: 'argument',
};
/** Nodes are painted type by type, in the model's order of types. */
export const NODE_TYPES_IN_ORDER: readonly NodeType[] = NODE_TYPES;
export const NODE_TYPE_INDEX = Object.fromEntries(NODE_TYPES.map((type, i) => [type, i])) as Record<
  NodeType,
  number
>;

/** Position and argument labels appear from this zoom on; issues and actors always have theirs. */
export const NEAR_ZOOM = 1.15;

/** Labels grow as the view zooms out, so they stay readable; capped so they never swamp the picture. */
export function labelScale(k: number): number {
  return Math.min(2.2, Math.max(1, 1 / k));
}

/** A label smaller than this on screen cannot be read, so it is not drawn. */
export const MIN_LABEL_PX = 8;

/** Whether labels of this type can be read at zoom k (the highlighted ones are always drawn). */
export function labelReadable(type: NodeType, k: number): boolean {
  return LABEL_FONT[type] * labelScale(k) * k >= MIN_LABEL_PX;
}

// Opacities from graph.css: dimmed by an issue focus, faded while something is hovered.
const DIMMED = 0.15;
const NODE_FADED = 0.35;
const EDGE_FADED = 0.2;
/** Every opacity a node or edge is drawn at; paths are grouped by them. */
export const ALPHAS: readonly number[] = [1, NODE_FADED, EDGE_FADED, DIMMED];

const HIGHLIGHT = NodeLook.hovered | NodeLook.nearHovered;
export const NEAR = NodeLook.nearHovered | NodeLook.nearSelected;

export function nodeAlpha(look: number, hovering: boolean): number {
  if (hovering && !(look & (HIGHLIGHT | NodeLook.selected))) return NODE_FADED;
  return look & NodeLook.dimmed ? DIMMED : 1;
}

export function edgeAlpha(look: number, hovering: boolean): number {
  if (hovering && !(look & NodeLook.nearHovered)) return EDGE_FADED;
  return look & NodeLook.dimmed ? DIMMED : 1;
}

/** Below this many device pixels a dash pattern is drawn as a solid line. */
export const MIN_DASH_PERIOD_PX = 6;
/** Arrowheads and bars smaller than this are left out. */
export const MIN_MARKER_PX = 3;
/** Nodes smaller than this radius on screen get no outline. */
export const MIN_OUTLINED_PX = 2.5;
/** Marker size in stroke widths (markerWidth in GraphView). */
export const MARKER_WIDTHS = { supports: 7, attacks: 8 } as const;

/** The dash pattern if it can be seen at this scale, else null (draw solid). */
export function readableDash(dash: readonly number[], px: number): number[] | null {
  if (dash.length === 0) return [];
  const period = dash.reduce((sum, d) => sum + d, 0) * px;
  return period < MIN_DASH_PERIOD_PX ? null : [...dash];
}

/** The share of a dash pattern that is ink: how dark it reads when too fine to see. */
export function inkShare(dash: readonly number[]): number {
  if (dash.length === 0) return 1;
  const pairs = dash.length % 2 ? [...dash, ...dash] : dash;
  let on = 0;
  let all = 0;
  pairs.forEach((d, i) => {
    all += d;
    if (i % 2 === 0) on += d;
  });
  return all > 0 ? Math.max(0.3, on / all) : 1;
}
