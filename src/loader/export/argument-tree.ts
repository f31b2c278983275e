// Arguments as trees under their positions, for the outline formats (Kialo, Argdown):
// walked with an explicit stack, never recursion, and each argument visited once, so
// a 10,000-long chain or a cycle of attacks cannot overflow or loop.
import { itemsOf } from './export-result';

type Json = Record<string, unknown>;

export interface TreeLine {
  readonly item: Json;
  /** 0 for a position, 1 for an argument on it, … */
  readonly depth: number;
}

/** Every position followed by the arguments under it, depth-first in file order. */
export function argumentTree(document: Json): { lines: TreeLine[]; unreached: number } {
  const children = new Map<string, Json[]>();
  for (const argument of itemsOf(document, 'arguments')) {
    const target = String(argument.target);
    if (!children.has(target)) children.set(target, []);
    children.get(target)!.push(argument);
  }
  const lines: TreeLine[] = [];
  const seen = new Set<string>();
  for (const position of itemsOf(document, 'positions')) {
    const stack: TreeLine[] = [{ item: position, depth: 0 }];
    while (stack.length) {
      const line = stack.pop()!;
      const id = String(line.item.id);
      if (seen.has(id)) continue;
      seen.add(id);
      lines.push(line);
      const under = children.get(id) ?? [];
      for (let i = under.length - 1; i >= 0; i--)
        stack.push({ item: under[i]!, depth: line.depth + 1 });
    }
  }
  const unreached = itemsOf(document, 'arguments').filter((a) => !seen.has(String(a.id))).length;
  return { lines, unreached };
}
