// The painter batches paths by kind and look: a counting sort of indices by key.

/**
 * Indices 0..count-1 grouped by key (a counting sort, stable): the members of group g
 * are order[start[g]] to order[start[g + 1] - 1]. A key of -1 leaves the index out.
 */
export function groupIndices(
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
