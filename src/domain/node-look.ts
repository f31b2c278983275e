// How a node or an edge looks, as bit flags: the store computes them (selectNodeLook,
// selectEdgeLook) and both renderers draw them. They live here, below both, so the canvas
// painter depends on nothing above graph/ (issue 17).

export const NodeLook = {
  selected: 1,
  hovered: 2,
  nearHovered: 4,
  match: 8,
  dimmed: 16,
  nearSelected: 32,
  tourFocus: 64,
  /** Only in events after the "as of" date: not yet part of the story. */
  later: 128,
} as const;
