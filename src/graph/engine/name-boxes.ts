// The room an issue's name needs, kept free of other nodes. An issue is a fixed anchor
// and its name a wide block of lines: a circle around the issue big enough for it would
// push the issue's own positions far off, and a smaller one lets them crowd in under
// the name, which then has nowhere to go. So the name gets a box of its own, on the
// side of the issue away from the middle of the picture (above an issue in the upper
// half, below one in the lower half), and every other node is moved out of it.
import type { SimulationNodeDatum } from 'd3-force';

export interface KeepOutNode extends SimulationNodeDatum {
  x: number;
  y: number;
  radius: number;
  /** The box this node keeps free for its name, graph units; none for most nodes. */
  keepOut?: { readonly width: number; readonly height: number } | undefined;
}

/** Room between a node's rim and its name's box, and around other nodes, graph units. */
const KEEP_OUT_GAP = 6;

/** Whether a node's name goes above it: it sits in the upper half of the picture. */
export const nameAbove = (y: number): boolean => y < 0;

/** The box a node keeps free for its name, graph units. */
export function keepOutBox(n: KeepOutNode): { x0: number; y0: number; x1: number; y1: number } {
  const { width, height } = n.keepOut ?? { width: 0, height: 0 };
  const near = n.radius + KEEP_OUT_GAP;
  const y0 = nameAbove(n.y) ? n.y - near - height : n.y + near;
  return { x0: n.x - width / 2, y0, x1: n.x + width / 2, y1: y0 + height };
}

/**
 * Moves every node that reaches into a name's box out of it, by the shorter way. Run
 * after each tick as a hard rule: as a force it would be one pull among others, and a
 * position pulled toward its issue would settle half inside its name.
 */
export function keepNamesFree(nodes: readonly KeepOutNode[]): void {
  for (const keeper of nodes) {
    if (!keeper.keepOut) continue;
    const box = keepOutBox(keeper);
    for (const n of nodes) {
      if (n === keeper || n.fx != null) continue;
      // A position's diamond reaches past its radius.
      const reach = n.radius * 1.2 + KEEP_OUT_GAP;
      const left = n.x + reach - box.x0;
      const right = box.x1 - (n.x - reach);
      const up = n.y + reach - box.y0;
      const down = box.y1 - (n.y - reach);
      if (left <= 0 || right <= 0 || up <= 0 || down <= 0) continue;
      const least = Math.min(left, right, up, down);
      if (least === left) n.x -= left;
      else if (least === right) n.x += right;
      else if (least === up) n.y -= up;
      else n.y += down;
    }
  }
}
