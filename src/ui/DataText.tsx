// A dataset's text among the app's own words. `<bdi>` isolates its direction, so
// right-to-left script or a bidi control in the data can never reorder the words around
// it ("for", "against", punctuation), and a word longer than its box wraps rather than
// pushing the layout off screen. Use it wherever data is interpolated into a sentence,
// a heading or a label the app writes.
import './data-text.css';

export function DataText({ children }: { readonly children: string }) {
  return <bdi className="data-text">{children}</bdi>;
}
