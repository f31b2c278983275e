// Defensive reads of a raw, unchecked document: wrong shapes yield nothing, never a throw.

export type Row = Readonly<Record<string, unknown>>;

export function isRow(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The objects of an array field, with their index; anything else yields nothing. */
export function rows(container: unknown, field: string): [Row, number][] {
  if (!isRow(container)) return [];
  const list = container[field];
  if (!Array.isArray(list)) return [];
  const found: [Row, number][] = [];
  list.forEach((item: unknown, i) => {
    if (isRow(item)) found.push([item, i]);
  });
  return found;
}

export function strings(value: unknown): [string, number][] {
  if (!Array.isArray(value)) return [];
  const found: [string, number][] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string') found.push([item, i]);
  });
  return found;
}
