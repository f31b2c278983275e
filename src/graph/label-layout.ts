// Labels that never pile up, in screen pixels. Each label is wrapped onto a few lines,
// then a greedy pass in priority order (issues, actors, positions, arguments; the busier
// node first) tries it below its node, above, to the right, to the left, at the
// corners, then slid along the node's sides (always touching it), and keeps the first place that overlaps no label already kept, no node, and
// stays inside the view. A label is hidden only when no place is free; hidden labels
// still show on hover and focus, in the tooltip. Pure, for both renderers.
import { plural } from '@lingui/core/macro';
import type { NodeType } from '../domain/model';
import type { Bounds } from './engine/layout-engine';

/** A box on screen, px: the engine's bounds type. */
export type Box = Bounds;

/** A number for each type of node. */
type PerType = Record<NodeType, number>;

/** Screen size of each kind of label, in CSS px, before the projector's boost. */
export const LABEL_FONT: PerType = { issue: 14, position: 13, actor: 13, argument: 12 };
/** Bold labels (issues) are wider. */
export const LABEL_WEIGHT: PerType = { issue: 700, position: 500, actor: 600, argument: 500 };
export const LINE_HEIGHT = 1.2;
/** Widest line, in characters; the label wraps beyond it. */
export const LABEL_CHARS: PerType = { issue: 26, position: 24, actor: 18, argument: 24 };
/** Lines before the label ends with "…": issues are always named in full. */
export const LABEL_LINES: PerType = { issue: 6, position: 3, actor: 2, argument: 2 };
/**
 * In an issue's focus, its issue, positions and actors are named in full, on as many
 * lines as they take (positions on wider ones); only arguments are shortened, their
 * whole text a hover or a focus away.
 */
const WHOLE_CHARS: PerType = { ...LABEL_CHARS, position: 32 };
const WHOLE_LINES: PerType = { issue: Infinity, position: Infinity, actor: Infinity, argument: 2 };
/** Room between a node's rim and its label, and around a label, in px. */
const GAP = 3;
const PAD = 2;
/** How much further the last places lie from the node, px. */
const FAR = 10;

/** Wraps words onto lines of at most `chars` characters; the last line shortens with "…". */
export function wrapLabel(text: string, chars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= chars || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsis(`${line} ${words.slice(i).join(' ')}`, chars));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push([...line].length > chars ? ellipsis(line, chars) : line);
  return lines;
}

function ellipsis(text: string, chars: number): string {
  const cut = [...text].slice(0, chars - 1).join('');
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > chars / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** How wide a line of text is drawn, in px: the browser's answer when it has one. */
export type Measure = (text: string, font: number, weight: number) => number;
export const estimateWidth: Measure = (text, font, weight) =>
  [...text].length * font * (weight >= 600 ? 0.6 : 0.55);

export interface LabelRequest<T> {
  readonly id: T;
  readonly type: NodeType;
  /** The node's centre and radius on screen. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly lines: readonly string[];
  /** Font size on screen, px. */
  readonly font: number;
  /** Higher first. */
  readonly priority: number;
  /** Must be drawn (selected, hovered, focused): placed first, and kept even if nothing is free. */
  readonly forced?: boolean;
  /** Try the right of the node first (a column of issues, read like a list). */
  readonly right?: boolean;
  /** Try its left first (the same column on a right-to-left page). */
  readonly left?: boolean;
  /** Try over it first (an issue whose name's room the layout keeps there, name-boxes.ts). */
  readonly above?: boolean;
}

/** Where the first baseline's anchor point sits on the label's box: its left edge, middle or right edge. */
export type LabelAnchor = 'start' | 'middle' | 'end';

/**
 * The SVG `text-anchor` that puts a label where the layout placed it. The layout's
 * anchors are physical ('start' is the left edge) while SVG reads them in the text's
 * direction, so a right-to-left label swaps start and end. The text carries its own
 * `direction`: an inherited one (a right-to-left page) anchors differently from browser
 * to browser.
 */
export function svgAnchor(anchor: LabelAnchor, direction: 'ltr' | 'rtl'): LabelAnchor {
  if (direction === 'ltr' || anchor === 'middle') return anchor;
  return anchor === 'start' ? 'end' : 'start';
}

export interface PlacedLabel {
  /** Where the text starts, relative to the node's centre, in screen px: the anchor point of the first baseline. */
  readonly dx: number;
  readonly dy: number;
  readonly anchor: LabelAnchor;
  /** The label's box on screen. */
  readonly box: Box;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const within = (a: Box, view: Box) =>
  a.x0 >= view.x0 && a.x1 <= view.x1 && a.y0 >= view.y0 && a.y1 <= view.y1;

/** The places tried for a label of size w × h around a node, best first. */
function candidates(r: LabelRequest<unknown>, w: number, h: number): PlacedLabel[] {
  const ascent = r.font * 0.9;
  const out = r.radius + GAP;
  const diag = r.radius * 0.75 + GAP;
  const place = (x0: number, y0: number, anchor: LabelAnchor): PlacedLabel => ({
    dx: anchor === 'middle' ? x0 + w / 2 : anchor === 'start' ? x0 : x0 + w,
    dy: y0 + ascent,
    anchor,
    box: { x0: r.x + x0 - PAD, y0: r.y + y0 - PAD, x1: r.x + x0 + w + PAD, y1: r.y + y0 + h + PAD },
  });
  const right = place(out, -h / 2, 'start');
  const left = place(-out - w, -h / 2, 'end');
  // Beside first for a map: after the node in the reading direction, else below and above.
  const [first, second] = r.left ? [left, right] : [right, left];
  const beside = r.right || r.left;
  const below = place(-w / 2, out, 'middle');
  const over = place(-w / 2, -out - h, 'middle');
  return [
    ...(beside ? [first] : []),
    ...(r.above ? [over, below] : [below, over]),
    ...(beside ? [second] : [first, second]),
    place(diag, diag, 'start'),
    place(-diag - w, diag, 'end'),
    place(diag, -diag - h, 'start'),
    place(-diag - w, -diag - h, 'end'),
    // Still touching the node: under and over it, slid to one side.
    place(-r.radius, out, 'start'),
    place(r.radius - w, out, 'end'),
    place(-r.radius, -out - h, 'start'),
    place(r.radius - w, -out - h, 'end'),
    // Beside the node, level with its top or its bottom.
    place(out, -r.radius, 'start'),
    place(-out - w, -r.radius, 'end'),
    place(out, r.radius - h, 'start'),
    place(-out - w, r.radius - h, 'end'),
    // A little further out, under, over and beside it, past a neighbour's label; then
    // twice as far, before the label is hidden.
    ...[FAR, 2 * FAR].flatMap((far) => [
      place(-w / 2, out + far, 'middle'),
      place(-w / 2, -out - far - h, 'middle'),
      place(out + far, -h / 2, 'start'),
      place(-out - far - w, -h / 2, 'end'),
    ]),
  ];
}

/**
 * Places labels: each request gets the first free place, or none. `nodes` are the
 * drawn nodes' boxes on screen, keyed by id (a label may touch its own node only);
 * `view` is the visible area.
 */
export function placeLabels<T>(
  requests: readonly LabelRequest<T>[],
  nodes: ReadonlyMap<T, Box>,
  view: Box,
  measure: Measure = estimateWidth,
  /** How many of the places to try: 1 keeps every label under its node. */
  tries = Infinity,
): Map<T, PlacedLabel> {
  const cell = 96;
  const grid = new Map<string, Box[]>();
  const keysOf = (b: Box) => {
    const keys: string[] = [];
    for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++)
      for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++)
        keys.push(`${gx},${gy}`);
    return keys;
  };
  const add = (box: Box) => {
    for (const k of keysOf(box)) grid.set(k, [...(grid.get(k) ?? []), box]);
  };
  const nodeCells = new Map<string, { id: T; box: Box }[]>();
  for (const [id, box] of nodes)
    for (const k of keysOf(box)) nodeCells.set(k, [...(nodeCells.get(k) ?? []), { id, box }]);
  const free = (id: T, box: Box) =>
    within(box, view) &&
    keysOf(box).every(
      (k) =>
        !grid.get(k)?.some((other) => overlaps(box, other)) &&
        !nodeCells.get(k)?.some((n) => n.id !== id && overlaps(box, n.box)),
    );

  const placed = new Map<T, PlacedLabel>();
  const ordered = [...requests].sort(
    (a, b) => Number(b.forced ?? false) - Number(a.forced ?? false) || b.priority - a.priority,
  );
  for (const request of ordered) {
    const weight = LABEL_WEIGHT[request.type];
    const w = Math.max(...request.lines.map((l) => measure(l, request.font, weight)));
    const h = request.lines.length * request.font * LINE_HEIGHT;
    const places = candidates(request, w, h).slice(0, tries);
    const chosen =
      places.find((p) => free(request.id, p.box)) ?? (request.forced ? places[0] : undefined);
    if (!chosen) continue;
    add(chosen.box);
    placed.set(request.id, chosen);
  }
  return placed;
}

const TYPE_PRIORITY: Record<NodeType, number> = {
  issue: 4e6,
  actor: 3e6,
  position: 2e6,
  argument: 1e6,
};

/** Issues first, then actors, positions and arguments; within a kind, the busier node. */
export function labelPriority(type: NodeType, degree: number): number {
  return TYPE_PRIORITY[type] + degree;
}

/**
 * A node's label as drawn: its wrapped name, then its notes: how many nodes are folded
 * into it, and `note` (a rows focus's stance word). `whole`: named in full (an issue's
 * focus), however many lines it takes.
 */
export function labelLines(
  node: { readonly type: NodeType; readonly shortLabel: string },
  folded = 0,
  chars?: number,
  whole = false,
  note: string | null = null,
): { lines: string[]; notes: string[] } {
  const lines = wrapLabel(
    node.shortLabel,
    chars ?? (whole ? WHOLE_CHARS : LABEL_CHARS)[node.type],
    (whole ? WHOLE_LINES : LABEL_LINES)[node.type],
  );
  const count = !folded
    ? null
    : node.type === 'issue'
      ? plural(folded, { one: '# position', other: '# positions' })
      : plural(folded, { one: '# argument', other: '# arguments' });
  return { lines, notes: [count, note].filter((n) => n !== null) };
}
