// Bidi isolation for plain strings, the twin of ui/DataText for places that hold no elements.
/**
 * The same isolation for plain strings (attributes, `<option>`s, document titles, live
 * announcements): first-strong isolate (U+2068) … pop directional isolate (U+2069).
 * The loader has already dropped any unpaired control inside the text.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
