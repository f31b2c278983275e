// Labels that do not pile up: a greedy pass in priority order (issues, then busy
// actors, then positions and arguments) keeps a label only where it overlaps no label
// already kept. Hidden labels still show on hover and focus.
import type { DebateNode, NodeType } from '../domain/model';
import { LABEL_LENGTH } from './node-style';

export interface LabelCandidate<T> {
  readonly id: T;
  readonly type: NodeType;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Characters in the label as drawn. */
  readonly length: number;
  /** Higher first. */
  readonly priority: number;
}

export const LABEL_FONT: Record<NodeType, number> = {
  issue: 13,
  position: 11,
  actor: 12,
  argument: 11,
};
const CHAR_WIDTH = 0.56;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The label's box: centred under the node. */
export function labelBox(c: LabelCandidate<unknown>): Box {
  const font = LABEL_FONT[c.type];
  const half = (c.length * font * CHAR_WIDTH) / 2;
  const top = c.y + c.radius + 3;
  return { x0: c.x - half, y0: top, x1: c.x + half, y1: top + font * 1.25 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The ids whose labels fit, in a grid of cells so the pass stays near linear. */
export function placeLabels<T>(candidates: readonly LabelCandidate<T>[]): Set<T> {
  const cell = 120;
  const grid = new Map<string, Box[]>();
  const keysOf = (b: Box) => {
    const keys: string[] = [];
    for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++)
      for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++)
        keys.push(`${gx},${gy}`);
    return keys;
  };
  const kept = new Set<T>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const candidate of ordered) {
    const box = labelBox(candidate);
    const keys = keysOf(box);
    if (keys.some((k) => grid.get(k)?.some((other) => overlaps(box, other)))) continue;
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
    kept.add(candidate.id);
  }
  return kept;
}

/** Position and argument labels appear from this zoom on; issues and actors always have theirs. */
export const NEAR_ZOOM = 1.15;

/** Labels grow as the view zooms out, so they stay readable; capped so they never swamp the picture. */
export function labelScale(k: number): number {
  return Math.min(2.2, Math.max(1, 1 / k));
}

const TYPE_PRIORITY: Record<NodeType, number> = {
  issue: 4e6,
  actor: 3e6,
  position: 2e6,
  argument: 1e6,
};

/** A placed node's label as a candidate: by type first, then the busier node. */
export function labelCandidate<T>(
  place: { readonly id: T; readonly x: number; readonly y: number; readonly radius: number },
  node: DebateNode,
  degree: number,
  scale: number,
): LabelCandidate<T> {
  return {
    id: place.id,
    type: node.type,
    x: place.x,
    y: place.y,
    radius: place.radius,
    length: Math.min([...node.shortLabel].length, LABEL_LENGTH[node.type]) * scale,
    priority: TYPE_PRIORITY[node.type] + degree,
  };
}
