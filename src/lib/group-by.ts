/** Groups items into a Map of arrays by key, keeping the items' order within each group. */
export function groupBy<T, K>(
  items: Iterable<T>,
  keyOf: (item: T) => K | readonly K[],
): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const keys = keyOf(item);
    for (const key of Array.isArray(keys) ? (keys as readonly K[]) : [keys as K]) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
