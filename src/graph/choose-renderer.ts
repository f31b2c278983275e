// Which renderer draws the graph: SVG (one element per node, the test hooks, every node
// focusable) up to CANVAS_THRESHOLD nodes, a canvas above it. `?renderer=svg` or
// `?renderer=canvas` overrides (read in store/url-state.ts, with the other parameters).
import { rendererAsked } from '../store/url-state';

/**
 * Debates with more nodes than this are drawn on a canvas. Measured with `npm run
 * bench -- --renderer=svg` and `--renderer=canvas` (README, Performance): up to here
 * SVG stays fluid and keeps a focusable element per node, but its layout settles
 * before the first frame, which grows with the graph (500 nodes: about 1 s); from
 * about 1,000 nodes its pan and zoom frames drop too (2,000: p95 over 600 ms against
 * 33 ms on the canvas). It matches the engine's SETTLE_FULL_NODES.
 */
export const CANVAS_THRESHOLD = 500;

export type RendererKind = 'svg' | 'canvas';

/** The renderer for a debate of `nodeCount` nodes, unless the query string asks for one. */
export function chooseRenderer(nodeCount: number, search = ''): RendererKind {
  return rendererAsked(search) ?? (nodeCount > CANVAS_THRESHOLD ? 'canvas' : 'svg');
}
