/**
 * The text cut to at most `max` characters (code points, so no pair is split), ending in
 * "…" when cut. Reads only the start of a long text: a 1 MB value costs no more than a short one.
 */
export function shortened(text: string, max: number): string {
  const head = [...text.slice(0, max * 2)];
  if (head.length <= max && text.length <= max * 2) return text;
  return `${head.slice(0, max - 1).join('')}…`;
}
