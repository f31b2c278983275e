// The one module that touches the address bar: store changes are written with
// pushState or replaceState (the history rule and every parameter's reading and writing
// are in url-state.ts), Back or Forward is read back into the store, and the rest of the
// app reads and rewrites the query string through the functions below.
import { shallow } from 'zustand/shallow';
import type { Debate } from '../domain/model';
import type { AppStore, ShareableState } from './app-store';
import { trimLongAddress } from './long-address';
import {
  QUERY_WRITE_DELAY_MS,
  isDeliberateMove,
  isSearchOnly,
  readUrlState,
  shareableOf,
  writeUrlState,
} from './url-state';

/** The page's query string as the address bar holds it now, with its "?" ("" for none). */
export function currentSearch(win: Window = window): string {
  return win.location.search;
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
  const { pathname, hash } = win.location;
  win.history.replaceState(win.history.state, '', (search || pathname) + (keepHash ? hash : ''));
}

/** Leaves for another query string: the page loads afresh there (the header's debate picker). */
export function goToSearch(search: string, win: Window = window): void {
  win.location.search = search;
}

/** Trims a long address in place (no new history entry) and warns about what was cut. */
export function trimLongLocation(win: Window = window): void {
  const trimmed = trimLongAddress(currentSearch(win));
  if (!trimmed) return;
  for (const warning of trimmed.warnings) console.warn(`Stancemap: ${warning}`);
  replaceSearch(trimmed.search, {}, win);
}

/** The state the address asks for, against a debate; ignored values are warned about. */
export function readLocationState(debate: Debate, win: Window = window): ShareableState {
  const { state, warnings } = readUrlState(win.location.search, debate);
  for (const warning of warnings) console.warn(`Stancemap: ${warning}`);
  return state;
}

/** Starts syncing once a debate is loaded; returns a function that stops it. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  const debate = store.getState().debate;
  if (!debate) return () => {};
  const readLocation = () => readLocationState(debate, win);
  const urlOf = (state: ShareableState) =>
    writeUrlState(state, currentSearch(win)) || win.location.pathname;

  let written = shareableOf(store.getState());
  // The link as opened may carry ignored values: show the cleaned state. The fragment
  // is not the query's (a shared "Where do you stand?" result travels there): keep it.
  replaceSearch(writeUrlState(written, currentSearch(win)), {}, win);

  // Typing in search writes `q=` once the box rests: a write per keystroke cost 80-190 ms
  // on a 5,000-node debate. Any other write carries the newest search with it.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const cancelPending = () => {
    clearTimeout(pending);
    pending = undefined;
  };
  const replace = (state: ShareableState) => {
    cancelPending();
    win.history.replaceState(win.history.state, '', urlOf(state));
  };

  // Only the shareable fields count: hovering, loading or answering "Where do you stand?"
  // leave them all the same (compared one by one, without writing a link).
  const unsubscribe = store.subscribe((state) => {
    if (state.debate !== debate) return;
    const next = shareableOf(state);
    if (shallow(next, written)) return;
    if (isSearchOnly(written, next)) {
      clearTimeout(pending);
      pending = setTimeout(() => replace(next), QUERY_WRITE_DELAY_MS);
    } else if (isDeliberateMove(written, next)) {
      // The entry left behind keeps the search typed on it, so Back returns to it.
      if (pending !== undefined) replace(written);
      win.history.pushState(null, '', urlOf(next));
    } else replace(next);
    written = next;
  });

  const onPopState = () => {
    cancelPending();
    written = readLocation();
    store.getState().applyShareable(written);
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    cancelPending();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
