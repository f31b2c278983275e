// Which nodes the canvas labels: the ones that fit and can be read within the view,
// always the ones the reader is looking at (selected, hovered, in the tour, under the
// keyboard cursor), and, before any other, the search's matches and the hovered node's
// neighbours within the view, as many as fit side by side and can be read: a one-letter
// search matches thousands of nodes at 5,000, and labels drawn over each other cannot be
// read anyway.
import type { Debate, NodeId } from '../../domain/model';
import { NodeLook } from '../../domain/node-look';
import type { SimNode } from '../engine/layout-engine';
import { toGraph, toScreen, type Viewport } from '../interaction/view-transform';
import { LABEL_FONT, labelPriority, placeLabels, type LabelRequest } from '../label-layout';
import { LABEL_LENGTH, shortenLabel } from '../node-style';
import { labelReadable, labelScale, NEAR_ZOOM } from './paint-rules';

/** The looks whose nodes are always labelled. */
const ALWAYS = NodeLook.selected | NodeLook.hovered | NodeLook.tourFocus;
/** The looks whose nodes are labelled first, wherever they fit in the view. */
const FIRST = NodeLook.nearHovered | NodeLook.match;
/** Above every node's own priority (labelPriority), so these are placed first. */
const FIRST_PRIORITY = 1e8;

export interface LabelInput {
  readonly debate: Debate | null;
  readonly nodes: readonly SimNode[];
  /** NodeLook flags by index in `nodes`. */
  readonly look: ArrayLike<number> | undefined;
  readonly focused: NodeId | null;
  readonly degree: ReadonlyMap<NodeId, number>;
  readonly transform: Viewport;
  /** The canvas's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** The labels to draw, by node id: the text as drawn. */
export function chooseLabels(input: LabelInput): Map<NodeId, string> {
  const { debate, nodes, look, focused, degree, transform: t } = input;
  const labels = new Map<NodeId, string>();
  const textOf = (id: NodeId) => {
    const node = debate?.index.node.get(id);
    return node ? shortenLabel(node.shortLabel, LABEL_LENGTH[node.type]) : '';
  };
  // The ones that fit and can be read, within the view.
  const near = t.k >= NEAR_ZOOM;
  const scale = labelScale(t.k);
  const [x0, y0] = toGraph(t, [0, 0]);
  const [x1, y1] = toGraph(t, [input.width, input.height]);
  const offers: Offer[] = [];
  nodes.forEach((sim, i) => {
    if (sim.x < x0 || sim.x > x1 || sim.y < y0 || sim.y > y1) return;
    const first = ((look?.[i] ?? 0) & FIRST) !== 0;
    if (!first && !near && (sim.type === 'position' || sim.type === 'argument')) return;
    // Matches too: a label too small to read only blurs the halo that marks the match.
    if (!labelReadable(sim.type, t.k)) return;
    const [x, y] = toScreen(t, [sim.x, sim.y]);
    offers.push({
      sim,
      x,
      y,
      font: LABEL_FONT[sim.type] * scale * t.k,
      priority: labelPriority(sim.type, degree.get(sim.id) ?? 0) + (first ? FIRST_PRIORITY : 0),
    });
  });
  const requests = oneByCell(offers).map(({ sim, x, y, font, priority }): LabelRequest<NodeId> => ({
    id: sim.id,
    type: sim.type,
    x,
    y,
    radius: sim.radius * t.k,
    lines: [textOf(sim.id)],
    font,
    priority,
  }));
  // Labels stay under their node here (the painter draws them there), inside the view.
  const view = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
  for (const id of placeLabels(requests, new Map(), view, undefined, 1).keys())
    labels.set(id, textOf(id));
  // The ones the reader is looking at, always.
  nodes.forEach((sim, i) => {
    if ((look?.[i] ?? 0) & ALWAYS || sim.id === focused) labels.set(sim.id, textOf(sim.id));
  });
  return labels;
}

/** A node that may be labelled, before its label is measured and placed. */
interface Offer {
  readonly sim: SimNode;
  /** The node on screen, in CSS pixels. */
  readonly x: number;
  readonly y: number;
  readonly font: number;
  readonly priority: number;
}

/**
 * The offers worth placing, by priority: of the nodes within one cell of the smallest
 * font's size, only the first, since any two labels under them would overlap. A search
 * matching thousands of nodes would otherwise measure and try every one of them.
 */
function oneByCell(offers: Offer[]): Offer[] {
  if (offers.length === 0) return offers;
  const cell = Math.max(1, Math.min(...offers.map((o) => o.font)));
  const taken = new Set<string>();
  return offers
    .sort((a, b) => b.priority - a.priority)
    .filter((o) => {
      const key = `${Math.floor(o.x / cell)},${Math.floor(o.y / cell)}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
}
