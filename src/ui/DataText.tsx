// A dataset's text among the app's own words. `<bdi>` isolates its direction, so
// right-to-left script or a bidi control in the data can never reorder the words around
// it ("for", "against", punctuation), and a word longer than its box wraps rather than
// pushing the layout off screen. Use it wherever data is interpolated into a sentence,
// a heading or a label the app writes.
import './data-text.css';

export function DataText({ children }: { readonly children: string }) {
  return <bdi className="data-text">{children}</bdi>;
}

/**
 * The same isolation for plain strings (attributes, `<option>`s, document titles, live
 * announcements): first-strong isolate (U+2068) … pop directional isolate (U+2069).
 * The loader has already dropped any unpaired control inside the text.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
