// The graph on a canvas: one pure painter, no state of its own. It draws the same
// shapes, colours and line styles as the SVG renderer (node-style.ts, graph.css), in
// a handful of batched paths (one per kind of edge and kind of node, per look), so
// thousands of nodes cost a few dozen draw calls. The caller owns the dirty flag and
// calls this at most once per animation frame.
import type { NodeId, NodeType } from '../../domain/model';
import { textDirection } from '../../lib/text-direction';
import { NodeLook } from '../../store/selectors';
import { rimToRim } from '../edge-geometry';
import { LABEL_FONT, LABEL_WEIGHT } from '../label-layout';

export type EdgeKind =
  | 'answers'
  | 'stance-for'
  | 'stance-against'
  | 'stance-conditional'
  | 'stance-unclear'
  | 'supports'
  | 'attacks'
  | 'makes'
  | 'member-of';

export interface SceneNode {
  readonly id: NodeId;
  readonly type: NodeType;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface SceneEdge {
  readonly source: SceneNode;
  readonly target: SceneNode;
  readonly kind: EdgeKind;
}

/** Colours as the page resolves them (the theme's custom properties), any CSS colour. */
export interface SceneColours {
  readonly surface: string;
  readonly text: string;
  readonly focus: string;
  readonly match: string;
  readonly edgeMuted: string;
  readonly issue: string;
  readonly position: string;
  readonly actor: string;
  readonly argument: string;
  readonly for: string;
  readonly against: string;
  readonly conditional: string;
  readonly unclear: string;
  readonly supports: string;
  readonly attacks: string;
}

export interface SceneStyle {
  readonly colours: SceneColours;
  readonly fontFamily: string;
  /** The canvas's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel: the canvas's backing store is this much larger. */
  readonly pixelRatio: number;
  /** Line widths and label sizes times these (the projector theme raises them); default 1. */
  readonly strokeBoost?: number;
  readonly labelBoost?: number;
}

/** The zoom: screen = graph × k + (x, y), in CSS pixels (d3-zoom's ZoomTransform fits). */
export interface SceneTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** What changes with the reader's attention rather than with the layout. */
export interface SceneState {
  /** NodeLook flags per node, by index in `nodes`; all zero when absent. */
  readonly nodeLook?: ArrayLike<number>;
  /** NodeLook flags per edge, by index in `edges` (see selectEdgeLook). */
  readonly edgeLook?: ArrayLike<number>;
  /** Something is hovered or focused: everything not highlighted fades. */
  readonly hovering?: boolean;
  /** The node under the keyboard cursor, ringed like a focused SVG node. */
  readonly focused?: NodeId | null;
  /** The labels to draw, by node id: the text as drawn. */
  readonly labels?: ReadonlyMap<NodeId, string>;
  /**
   * The layout is moving: leave out the details nobody can follow in motion (node
   * outlines, arrowheads), so each frame costs about half. A still frame has them all.
   */
  readonly moving?: boolean;
}

/** The subset of CanvasRenderingContext2D the painter uses (tests pass a recorder). */
export type SceneContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillText'
  | 'strokeText'
  | 'globalAlpha'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'lineCap'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'direction'
>;

interface EdgePaint {
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
const EDGE_KINDS = Object.keys(EDGE_PAINT) as EdgeKind[];
const EDGE_KIND_INDEX = Object.fromEntries(EDGE_KINDS.map((kind, i) => [kind, i])) as Record<
  EdgeKind,
  number
>;
const HIGHLIGHT_WIDTH = 2.6;

export const NODE_FILL: Readonly<Record<NodeType, keyof SceneColours>> = {
  issue: 'issue',
  position: 'position',
  actor: 'actor',
  argument: 'argument',
};
const NODE_TYPES_IN_ORDER: readonly NodeType[] = ['issue', 'position', 'actor', 'argument'];
const NODE_TYPE_INDEX: Record<NodeType, number> = { issue: 0, position: 1, actor: 2, argument: 3 };

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
const ALPHAS: readonly number[] = [1, NODE_FADED, EDGE_FADED, DIMMED];

const HIGHLIGHT = NodeLook.hovered | NodeLook.nearHovered;
const NEAR = NodeLook.nearHovered | NodeLook.nearSelected;

function nodeAlpha(look: number, hovering: boolean): number {
  if (hovering && !(look & (HIGHLIGHT | NodeLook.selected))) return NODE_FADED;
  return look & NodeLook.dimmed ? DIMMED : 1;
}

function edgeAlpha(look: number, hovering: boolean): number {
  if (hovering && !(look & NodeLook.nearHovered)) return EDGE_FADED;
  return look & NodeLook.dimmed ? DIMMED : 1;
}

/** Adds a node's outline (node-style.ts's shapePath) to the current path. */
export function traceShape(
  ctx: Pick<SceneContext, 'moveTo' | 'lineTo' | 'arc' | 'closePath'>,
  type: NodeType,
  x: number,
  y: number,
  r: number,
): void {
  switch (type) {
    case 'issue': {
      // A square with corners rounded by 4 units.
      const s = r * 0.9;
      const c = Math.min(4, s);
      ctx.moveTo(x - s + c, y - s);
      ctx.arc(x + s - c, y - s + c, c, -Math.PI / 2, 0);
      ctx.arc(x + s - c, y + s - c, c, 0, Math.PI / 2);
      ctx.arc(x - s + c, y + s - c, c, Math.PI / 2, Math.PI);
      ctx.arc(x - s + c, y - s + c, c, Math.PI, (3 * Math.PI) / 2);
      ctx.closePath();
      return;
    }
    case 'position': {
      const d = r * 1.15;
      ctx.moveTo(x, y - d);
      ctx.lineTo(x + d, y);
      ctx.lineTo(x, y + d);
      ctx.lineTo(x - d, y);
      ctx.closePath();
      return;
    }
    case 'actor':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'argument': {
      const h = r * 1.25;
      ctx.moveTo(x, y - h);
      ctx.lineTo(x + h * 1.05, y + h * 0.75);
      ctx.lineTo(x - h * 1.05, y + h * 0.75);
      ctx.closePath();
      return;
    }
  }
}

interface View {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The part of the graph on screen, in graph units, with a margin for strokes and labels. */
function visibleArea(style: SceneStyle, t: SceneTransform, margin: number): View {
  return {
    x0: (0 - t.x) / t.k - margin,
    y0: (0 - t.y) / t.k - margin,
    x1: (style.width - t.x) / t.k + margin,
    y1: (style.height - t.y) / t.k + margin,
  };
}

const nodeVisible = (n: SceneNode, v: View) =>
  n.x + n.radius >= v.x0 &&
  n.x - n.radius <= v.x1 &&
  n.y + n.radius >= v.y0 &&
  n.y - n.radius <= v.y1;

const edgeVisible = (e: SceneEdge, v: View) =>
  Math.max(e.source.x, e.target.x) >= v.x0 &&
  Math.min(e.source.x, e.target.x) <= v.x1 &&
  Math.max(e.source.y, e.target.y) >= v.y0 &&
  Math.min(e.source.y, e.target.y) <= v.y1;

/** Below this many device pixels a dash pattern is drawn as a solid line. */
export const MIN_DASH_PERIOD_PX = 6;
/** Arrowheads and bars smaller than this are left out. */
const MIN_MARKER_PX = 3;
/** Nodes smaller than this radius on screen get no outline. */
const MIN_OUTLINED_PX = 2.5;
/** Marker size in stroke widths (markerWidth in GraphView). */
const MARKER_WIDTHS = { supports: 7, attacks: 8 } as const;

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

/** Counts of what was drawn, for tests and the benchmark. */
export interface SceneStats {
  nodes: number;
  edges: number;
  labels: number;
}

/**
 * Paints the whole scene: clears the canvas, then edges, arrowheads, nodes, halos and
 * labels, in graph units under `transform` scaled by the device pixel ratio. Nodes and
 * edges off screen are skipped.
 */
export function drawScene(
  ctx: SceneContext,
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  style: SceneStyle,
  transform: SceneTransform,
  state: SceneState = {},
): SceneStats {
  const { colours, pixelRatio: dpr } = style;
  const { k } = transform;
  const hovering = state.hovering ?? false;
  const nodeLook = state.nodeLook;
  const edgeLook = state.edgeLook;
  const stats: SceneStats = { nodes: 0, edges: 0, labels: 0 };

  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, style.width * dpr, style.height * dpr);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * transform.x, dpr * transform.y);
  ctx.lineJoin = 'round';
  const view = visibleArea(style, transform, 30);
  /** Device pixels per graph unit. */
  const px = k * dpr;
  const strokeBoost = style.strokeBoost ?? 1;

  // Edges: one path per kind and look (plain or highlighted, at each opacity),
  // grouped by a counting sort so each edge is visited once per pass.
  const edgeGroups = groupBy(edges.length, EDGE_KINDS.length * 8, (i) => {
    const edge = edges[i] as SceneEdge;
    if (!edgeVisible(edge, view)) return -1;
    const look = edgeLook?.[i] ?? 0;
    const alpha = ALPHAS.indexOf(edgeAlpha(look, hovering));
    return EDGE_KIND_INDEX[edge.kind] * 8 + (look & NEAR ? 4 : 0) + alpha;
  });
  for (let group = 0; group < EDGE_KINDS.length * 8; group++) {
    const from = edgeGroups.start[group] as number;
    const to = edgeGroups.start[group + 1] as number;
    if (from === to) continue;
    const kind = EDGE_KINDS[Math.floor(group / 8)] as EdgeKind;
    const paint = EDGE_PAINT[kind];
    const highlighted = group % 8 >= 4;
    const width = (highlighted ? HIGHLIGHT_WIDTH : paint.width) * strokeBoost;
    const dash = readableDash(paint.dash, px);
    ctx.beginPath();
    for (let j = from; j < to; j++)
      traceEdge(ctx, edges[edgeGroups.order[j] as number] as SceneEdge);
    // A dash pattern too fine to see is drawn solid, as faint as the dashes would be.
    ctx.globalAlpha = (ALPHAS[group % 4] as number) * (dash ? 1 : inkShare(paint.dash));
    ctx.strokeStyle = colours[paint.colour];
    ctx.lineWidth = width;
    ctx.lineCap = dash ? (paint.cap ?? 'butt') : 'butt';
    ctx.setLineDash(dash ?? []);
    ctx.stroke();
    stats.edges += to - from;
    if (kind !== 'supports' && kind !== 'attacks') continue;
    // Arrowheads and bars, sized like SVG markers (in stroke widths); one path each,
    // since a small convex path fills far faster than one path of thousands.
    if (state.moving || MARKER_WIDTHS[kind] * width * px < MIN_MARKER_PX) continue;
    ctx.globalAlpha = ALPHAS[group % 4] as number;
    ctx.fillStyle = colours[paint.colour];
    for (let j = from; j < to; j++) {
      ctx.beginPath();
      traceMarker(ctx, edges[edgeGroups.order[j] as number] as SceneEdge, width);
      ctx.fill();
    }
  }
  ctx.setLineDash([]);
  ctx.lineCap = 'butt';

  // Nodes, in type order (issues under arguments, as in SVG), faint ones first. Each
  // is its own path: small convex paths fill much faster than one path of thousands.
  const shownNodes = new Uint8Array(nodes.length);
  const nodeGroups = groupBy(nodes.length, NODE_TYPES_IN_ORDER.length * 4, (i) => {
    const node = nodes[i] as SceneNode;
    if (!nodeVisible(node, view)) return -1;
    shownNodes[i] = 1;
    const alpha = ALPHAS.indexOf(nodeAlpha(nodeLook?.[i] ?? 0, hovering));
    // Faint first, so a highlighted node is drawn over its faded neighbours.
    return NODE_TYPE_INDEX[node.type] * 4 + (3 - alpha);
  });
  const argumentDash = readableDash([3, 2], px);
  for (let group = 0; group < NODE_TYPES_IN_ORDER.length * 4; group++) {
    const from = nodeGroups.start[group] as number;
    const to = nodeGroups.start[group + 1] as number;
    if (from === to) continue;
    const type = NODE_TYPES_IN_ORDER[Math.floor(group / 4)] as NodeType;
    const alpha = ALPHAS[3 - (group % 4)] as number;
    ctx.fillStyle = colours[NODE_FILL[type]];
    if (type === 'argument') {
      ctx.strokeStyle = colours.text;
      ctx.lineWidth = 1.2;
      ctx.setLineDash(argumentDash ?? []);
    } else {
      ctx.strokeStyle = colours.surface;
      ctx.lineWidth = 2;
      ctx.setLineDash([]);
    }
    const outlineAlpha = alpha * (type !== 'argument' || argumentDash ? 1 : inkShare([3, 2]));
    for (let j = from; j < to; j++) {
      const node = nodes[nodeGroups.order[j] as number] as SceneNode;
      ctx.beginPath();
      traceShape(ctx, type, node.x, node.y, node.radius);
      ctx.globalAlpha = alpha;
      ctx.fill();
      // An outline on a node a few pixels wide would only blur it.
      if (state.moving || node.radius * px < MIN_OUTLINED_PX) continue;
      ctx.globalAlpha = outlineAlpha;
      ctx.stroke();
    }
    stats.nodes += to - from;
  }
  ctx.setLineDash([]);

  // Halos: the search's matches, the selection, the keyboard cursor (later wins, as in CSS).
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SceneNode;
    const look = nodeLook?.[i] ?? 0;
    const focused = state.focused === node.id;
    if (!(look & (NodeLook.match | NodeLook.selected)) && !focused) continue;
    ctx.globalAlpha = nodeAlpha(look, hovering);
    ctx.beginPath();
    traceShape(ctx, node.type, node.x, node.y, node.radius + 5);
    if (focused) {
      ctx.strokeStyle = colours.focus;
      ctx.lineWidth = 4;
      ctx.setLineDash([4, 3]);
    } else if (look & NodeLook.selected) {
      ctx.strokeStyle = colours.text;
      ctx.lineWidth = 3;
      ctx.setLineDash([]);
    } else {
      ctx.strokeStyle = colours.match;
      ctx.lineWidth = 4;
      ctx.setLineDash([]);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);

  // Labels, centred under their node, with a halo of the surface colour.
  const labels = state.labels;
  if (labels && labels.size > 0) {
    const scale = labelScale(k) * (style.labelBoost ?? 1);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = colours.surface;
    ctx.fillStyle = colours.text;
    let font = '';
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as SceneNode;
      const text = labels.get(node.id);
      if (text === undefined || !shownNodes[i]) continue;
      const px = LABEL_FONT[node.type] * scale;
      const next = `${LABEL_WEIGHT[node.type]} ${px}px ${style.fontFamily}`;
      if (next !== font) {
        font = next;
        ctx.font = font;
        ctx.lineWidth = 3 * scale;
      }
      const y = node.y + node.radius + 3 + 0.9 * px;
      // Each label in its own direction (a Latin name on a Dari page keeps its trailing
      // "…" at its end); centred, so the place is the same either way.
      ctx.direction = textDirection(text);
      ctx.globalAlpha = nodeAlpha(nodeLook?.[i] ?? 0, hovering);
      ctx.strokeText(text, node.x, y);
      ctx.fillText(text, node.x, y);
      stats.labels += 1;
    }
  }
  ctx.globalAlpha = 1;
  return stats;
}

/**
 * Indices 0..count-1 grouped by key (a counting sort, stable): the members of group g
 * are order[start[g]] to order[start[g + 1] - 1]. A key of -1 leaves the index out.
 */
export function groupBy(
  count: number,
  groups: number,
  keyOf: (index: number) => number,
): { start: Int32Array; order: Int32Array } {
  const keys = new Int16Array(count);
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    keys[i] = key;
    if (key >= 0) start[key + 1] = (start[key + 1] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const next = start.slice(0, groups);
  const order = new Int32Array(start[groups] as number);
  for (let i = 0; i < count; i++) {
    const key = keys[i] as number;
    if (key < 0) continue;
    order[next[key] as number] = i;
    next[key] = (next[key] as number) + 1;
  }
  return { start, order };
}

/** From the source's rim to just short of the target's, as writeEdgePosition does in SVG. */
function traceEdge(ctx: Pick<SceneContext, 'moveTo' | 'lineTo'>, edge: SceneEdge): void {
  const { x1, y1, x2, y2 } = rimToRim(edge.source, edge.target);
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
}

/**
 * The SVG markers: supports ends in an arrowhead (viewBox 10, refX 9, 7 stroke widths
 * wide), attacks in a bar (x 6 to 9, refX 8, 8 stroke widths wide).
 */
function traceMarker(
  ctx: Pick<SceneContext, 'moveTo' | 'lineTo' | 'closePath'>,
  edge: SceneEdge,
  strokeWidth: number,
): void {
  const { x2: tipX, y2: tipY, ux, uy } = rimToRim(edge.source, edge.target);
  // Marker space: u along the edge from the reference point, v across it.
  const supports = edge.kind === 'supports';
  const unit = ((supports ? 7 : 8) * strokeWidth) / 10;
  const refX = supports ? 9 : 8;
  const point = (mx: number, my: number): [number, number] => {
    const u = (mx - refX) * unit;
    const v = (my - 5) * unit;
    return [tipX + ux * u - uy * v, tipY + uy * u + ux * v];
  };
  const corners: [number, number][] = supports
    ? [point(0, 0), point(10, 5), point(0, 10)]
    : [point(6, 0), point(9, 0), point(9, 10), point(6, 10)];
  const [first, ...rest] = corners;
  if (!first) return;
  ctx.moveTo(first[0], first[1]);
  for (const [x, y] of rest) ctx.lineTo(x, y);
  ctx.closePath();
}
