// Explicit bidi controls in a dataset's text. A control left open (an override with no
// PDF, an isolate with no PDI) carries on past the end of the string and reverses the
// app's own words printed after it; a stray closer can end an embedding the app opened.
// The loader keeps the pairs an author closed properly and drops every other control,
// so each text is balanced on its own before any view isolates it.

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI
const PDF = '\u202C';
const PDI = '\u2069';
/** Paragraph separators end every embedding and isolate (UAX #9, rule P1). */
const PARAGRAPH = new Set(['\n', '\r', '\u001C', '\u001D', '\u001E', '\u0085', '\u2029']);
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** The text with every unpaired explicit bidi control (U+202A–202E, U+2066–2069) removed. */
export function stripUnpairedBidi(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  const chars = [...text];
  const drop = new Set<number>();
  /** Indexes of the openers still open, innermost last. */
  const open: number[] = [];
  const closeAllOpen = () => {
    for (const i of open) drop.add(i);
    open.length = 0;
  };
  chars.forEach((c, i) => {
    if (EMBEDDINGS.has(c) || ISOLATES.has(c)) open.push(i);
    else if (c === PDF) {
      // A PDF closes the innermost embedding, never across an isolate.
      const top = open.at(-1);
      if (top !== undefined && EMBEDDINGS.has(chars[top]!)) open.pop();
      else drop.add(i);
    } else if (c === PDI) {
      // A PDI closes the innermost isolate and any embedding left open inside it.
      const at = open.findLastIndex((j) => ISOLATES.has(chars[j]!));
      if (at < 0) drop.add(i);
      else for (const j of open.splice(at).slice(1)) drop.add(j);
    } else if (PARAGRAPH.has(c)) closeAllOpen();
  });
  closeAllOpen();
  return drop.size ? chars.filter((_, i) => !drop.has(i)).join('') : text;
}
