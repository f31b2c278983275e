/** Groups items into a Map of arrays by key, keeping the items' order within each group. */
export function groupBy<T, K>(
  items: Iterable<T>,
  keyOf: (item: T) => K | readonly K[],
): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  const add = (key: K, item: T) => {
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  };
  for (const item of items) {
    const keys = keyOf(item);
    // No array is made for a single key: indexing a 20,000-node debate groups every edge twice.
    if (Array.isArray(keys)) for (const key of keys as readonly K[]) add(key, item);
    else add(keys as K, item);
  }
  return groups;
}
