// The graph on a canvas: one pure painter, no state of its own. It draws the same
// shapes, colours and line styles as the SVG renderer (node-style.ts, graph.css), in
// a handful of batched paths (one per kind of edge and kind of node, per look), so
// thousands of nodes cost a few dozen draw calls. The caller owns the dirty flag and
// calls this at most once per animation frame. What is drawn how: paint-rules.ts;
// the outlines: scene-shapes.ts.
import { textDirection } from '../../lib/text-direction';
import { NodeLook } from '../../domain/node-look';
import { LABEL_FONT, LABEL_WEIGHT } from '../label-layout';
import { groupIndices } from './index-groups';
import {
  ALPHAS,
  EDGE_KIND_INDEX,
  EDGE_KINDS,
  EDGE_PAINT,
  edgeAlpha,
  HIGHLIGHT_WIDTH,
  inkShare,
  labelScale,
  MARKER_WIDTHS,
  MIN_MARKER_PX,
  MIN_OUTLINED_PX,
  NEAR,
  NODE_FILL,
  NODE_TYPE_INDEX,
  NODE_TYPES_IN_ORDER,
  nodeAlpha,
  readableDash,
} from './paint-rules';
import { traceEdge, traceMarker, traceShape } from './scene-shapes';
import type {
  EdgeKind,
  SceneContext,
  SceneEdge,
  SceneNode,
  SceneState,
  SceneStats,
  SceneStyle,
  SceneTransform,
} from './scene-types';

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

/** What every pass of one frame shares. */
interface Frame {
  readonly ctx: SceneContext;
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  readonly style: SceneStyle;
  readonly state: SceneState;
  readonly view: View;
  readonly hovering: boolean;
  /** Zoom times the device pixel ratio: device pixels per graph unit. */
  readonly px: number;
  /** Zoom alone. */
  readonly k: number;
  readonly stats: SceneStats;
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
  const { pixelRatio: dpr } = style;
  const { k } = transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, style.width * dpr, style.height * dpr);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * transform.x, dpr * transform.y);
  ctx.lineJoin = 'round';
  const frame: Frame = {
    ctx,
    nodes,
    edges,
    style,
    state,
    view: visibleArea(style, transform, 30),
    hovering: state.hovering ?? false,
    px: k * dpr,
    k,
    stats: { nodes: 0, edges: 0, labels: 0 },
  };
  drawEdges(frame);
  const shown = drawNodes(frame);
  drawHalos(frame);
  drawLabels(frame, shown);
  ctx.globalAlpha = 1;
  return frame.stats;
}

/**
 * Edges: one path per kind and look (plain or highlighted, at each opacity), grouped by
 * a counting sort so each edge is visited once per pass; then the arrowheads and bars.
 */
function drawEdges({ ctx, edges, style, state, view, hovering, px, stats }: Frame): void {
  const { colours } = style;
  const edgeLook = state.edgeLook;
  const strokeBoost = style.strokeBoost ?? 1;
  const edgeGroups = groupIndices(edges.length, EDGE_KINDS.length * 8, (i) => {
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
}

/**
 * Nodes, in type order (issues under arguments, as in SVG), faint ones first. Each is
 * its own path: small convex paths fill much faster than one path of thousands.
 * Returns which nodes are on screen (1 per index), for the labels.
 */
function drawNodes({ ctx, nodes, style, state, view, hovering, px, stats }: Frame): Uint8Array {
  const { colours } = style;
  const nodeLook = state.nodeLook;
  const shown = new Uint8Array(nodes.length);
  const nodeGroups = groupIndices(nodes.length, NODE_TYPES_IN_ORDER.length * 4, (i) => {
    const node = nodes[i] as SceneNode;
    if (!nodeVisible(node, view)) return -1;
    shown[i] = 1;
    const alpha = ALPHAS.indexOf(nodeAlpha(nodeLook?.[i] ?? 0, hovering));
    // Faint first, so a highlighted node is drawn over its faded neighbours.
    return NODE_TYPE_INDEX[node.type] * 4 + (3 - alpha);
  });
  const argumentDash = readableDash([3, 2], px);
  for (let group = 0; group < NODE_TYPES_IN_ORDER.length * 4; group++) {
    const from = nodeGroups.start[group] as number;
    const to = nodeGroups.start[group + 1] as number;
    if (from === to) continue;
    const type = NODE_TYPES_IN_ORDER[Math.floor(group / 4)] as SceneNode['type'];
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
  return shown;
}

/**
 * Halos: the search's matches, the selection, the keyboard cursor (later wins, as in
 * CSS). One path per kind and opacity: a search can match thousands of nodes.
 */
function drawHalos({ ctx, nodes, style, state, hovering }: Frame): void {
  const { colours } = style;
  const nodeLook = state.nodeLook;
  const kinds = [
    { colour: colours.match, width: 4, dash: [] },
    { colour: colours.text, width: 3, dash: [] },
    { colour: colours.focus, width: 4, dash: [4, 3] },
  ];
  const haloGroups = groupIndices(nodes.length, kinds.length * ALPHAS.length, (i) => {
    const look = nodeLook?.[i] ?? 0;
    const kind =
      state.focused === (nodes[i] as SceneNode).id
        ? 2
        : look & NodeLook.selected
          ? 1
          : look & NodeLook.match
            ? 0
            : -1;
    return kind < 0 ? -1 : kind * ALPHAS.length + ALPHAS.indexOf(nodeAlpha(look, hovering));
  });
  for (let group = 0; group < kinds.length * ALPHAS.length; group++) {
    const from = haloGroups.start[group] as number;
    const to = haloGroups.start[group + 1] as number;
    if (from === to) continue;
    const kind = kinds[Math.floor(group / ALPHAS.length)] as (typeof kinds)[number];
    ctx.beginPath();
    for (let j = from; j < to; j++) {
      const node = nodes[haloGroups.order[j] as number] as SceneNode;
      traceShape(ctx, node.type, node.x, node.y, node.radius + 5);
    }
    ctx.globalAlpha = ALPHAS[group % ALPHAS.length] as number;
    ctx.strokeStyle = kind.colour;
    ctx.lineWidth = kind.width;
    ctx.setLineDash(kind.dash);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/** Labels of the nodes on screen, centred under their node, with a halo of the surface colour. */
function drawLabels({ ctx, nodes, style, state, hovering, k, stats }: Frame, shown: Uint8Array) {
  const labels = state.labels;
  if (!labels || labels.size === 0) return;
  const nodeLook = state.nodeLook;
  const scale = labelScale(k) * (style.labelBoost ?? 1);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = style.colours.surface;
  ctx.fillStyle = style.colours.text;
  let font = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SceneNode;
    const text = labels.get(node.id);
    if (text === undefined || !shown[i]) continue;
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
