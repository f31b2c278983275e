// The resize protocol (url-and-embed.md): in embed mode the page tells its parent its
// content height whenever that changes, and nothing else. The host script (embed.js)
// sets the iframe's height from it. The app reads no messages at all.

export const RESIZE_MESSAGE = 'stancemap:resize';

export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE;
  /** The document's content height in CSS pixels, rounded up. */
  readonly height: number;
}

/** The height the iframe needs: the root element's box, never less than the content. */
export function contentHeight(root: Element): number {
  return Math.ceil(root.getBoundingClientRect().height);
}

/**
 * Observes `root` and calls `report` with its height once changes have been quiet for
 * `delayMs`, only when the height differs from the last one reported. Returns a stop
 * function.
 *
 * A ResizeObserver sees every change of size, but only while the page renders, and a
 * browser stops rendering a cross-origin iframe that is off screen. Elements coming and
 * going are watched too (a MutationObserver is never paused), so an embed further down
 * an article has its height before the reader scrolls to it.
 */
export function startResizeReporter(
  root: Element,
  report: (height: number) => void,
  delayMs = 100,
): () => void {
  let last = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const measure = () => {
    timer = undefined;
    const height = contentHeight(root);
    if (height === last) return;
    last = height;
    report(height);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(measure, delayMs);
  };
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resized?.observe(root);
  const changed = new MutationObserver(schedule);
  changed.observe(root, { childList: true, subtree: true });
  schedule();
  return () => {
    resized?.disconnect();
    changed.disconnect();
    clearTimeout(timer);
  };
}

/** Posts the height to the parent page, if there is one. Any origin may embed the app. */
export function postHeight(height: number, win: Window = window): void {
  if (win.parent === win) return;
  const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
  win.parent.postMessage(message, '*');
}
