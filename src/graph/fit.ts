// Fitting the view to a graph whose labels keep their size on screen: nodes scale with
// the zoom, labels do not, so the largest scale that shows every node with the label
// under it is found by bisection rather than by one division. Pure.

export interface FitItem {
  /** Centre and radius, graph units. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** How far the node's touch target reaches, graph units, when beyond its radius. */
  readonly reach?: number;
  /** The label's size on screen, px (drawn under the node). */
  readonly labelWidth: number;
  readonly labelHeight: number;
  /** The label's side: under the node (default) or to its right. */
  readonly right?: boolean;
  /** …or to its left (the map on a right-to-left page). */
  readonly left?: boolean;
  /** …or over it (an issue in the upper half of the overview, name-boxes.ts). */
  readonly above?: boolean;
}

export interface FitTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface FitOptions {
  readonly width: number;
  readonly height: number;
  /** Screen px kept free at each edge. */
  readonly margin: number;
  readonly minScale: number;
  readonly maxScale: number;
}

/** Room between a node and its label; label-layout's GAP plus its padding. */
const LABEL_GAP = 5;

function extent(items: readonly FitItem[], k: number) {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const n of items) {
    // The whole touch target stays in view, not only the shape (a tap at its edge works).
    const reach = (n.reach ?? n.radius) * k;
    x0 = Math.min(x0, n.x * k - reach);
    x1 = Math.max(x1, n.x * k + reach);
    y0 = Math.min(y0, n.y * k - reach);
    y1 = Math.max(y1, n.y * k + reach);
    if (n.right || n.left) {
      const half = Math.max(n.radius * k, n.labelHeight / 2);
      const label = LABEL_GAP + n.labelWidth;
      x0 = Math.min(x0, (n.x - n.radius) * k - (n.left ? label : 0));
      x1 = Math.max(x1, (n.x + n.radius) * k + (n.left ? 0 : label));
      y0 = Math.min(y0, n.y * k - half);
      y1 = Math.max(y1, n.y * k + half);
      continue;
    }
    const half = Math.max(n.radius * k, n.labelWidth / 2);
    x0 = Math.min(x0, n.x * k - half);
    x1 = Math.max(x1, n.x * k + half);
    const label = n.labelHeight ? LABEL_GAP + n.labelHeight : 0;
    y0 = Math.min(y0, n.y * k - n.radius * k - (n.above ? label : 0));
    y1 = Math.max(y1, n.y * k + n.radius * k + (n.above ? 0 : label));
  }
  return { x0, x1, y0, y1 };
}

/**
 * The transform that shows every item and its label at the largest scale within
 * [minScale, maxScale], centred. If even minScale is too big, minScale, centred: the
 * reader pans the rest into view.
 */
export function fitWithLabels(items: readonly FitItem[], o: FitOptions): FitTransform {
  if (!items.length) return { k: 1, x: o.width / 2, y: o.height / 2 };
  const fits = (k: number) => {
    const e = extent(items, k);
    return e.x1 - e.x0 <= o.width - 2 * o.margin && e.y1 - e.y0 <= o.height - 2 * o.margin;
  };
  let k = o.maxScale;
  if (!fits(k)) {
    let lo = o.minScale;
    let hi = o.maxScale;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    k = lo;
  }
  // Centred; what is too big for the view starts at its top left, for the reader to pan on.
  const e = extent(items, k);
  const place = (size: number, lo: number, hi: number) =>
    hi - lo <= size - 2 * o.margin ? size / 2 - (lo + hi) / 2 : o.margin - lo;
  return { k, x: place(o.width, e.x0, e.x1), y: place(o.height, e.y0, e.y1) };
}
