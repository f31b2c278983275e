// The one module that touches the address bar. What each parameter means, and which
// changes get a history entry of their own, are the store's (store/url-state.ts and
// store/url-sync.ts); everyone reads and rewrites the query string through here, so
// lint can keep history writes in one place. No dependencies: the first screen's code,
// the language runtime and the framed-page notice all use it without pulling more in.

/** The page's query string as the address bar holds it now, with its "?" ("" for none). */
export function currentSearch(win: Window = window): string {
  return win.location.search;
}

/** The address for a query string; "" means none, i.e. the page's own path. */
function addressOf(search: string, win: Window): string {
  return search || win.location.pathname;
}

/**
 * Rewrites the query string in place: no new history entry, the entry's state kept, and
 * the fragment too unless `keepHash` is false (a debate of its own replaces the old one's).
 */
export function replaceSearch(
  search: string,
  { keepHash = true } = {},
  win: Window = window,
): void {
  const hash = keepHash ? win.location.hash : '';
  win.history.replaceState(win.history.state, '', addressOf(search, win) + hash);
}

/** A new history entry for a query string, so Back returns to the one before. */
export function pushSearch(search: string, win: Window = window): void {
  win.history.pushState(null, '', addressOf(search, win));
}

/** Leaves for another query string: the page loads afresh there (the header's debate picker). */
export function goToSearch(search: string, win: Window = window): void {
  win.location.search = search;
}
