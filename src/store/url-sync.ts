// Keeps the address bar and the store in step: store changes are written with
// pushState or replaceState (the history rule and every parameter's reading and writing
// are in url-state.ts), and Back or Forward is read back into the store. It reaches the
// address bar only through lib/address-bar.ts, as the rest of the app does.
import { shallow } from 'zustand/shallow';
import type { Debate } from '../domain/model';
import type { AppStore, ShareableState } from './app-store';
import { currentSearch, pushSearch, replaceSearch } from '../lib/address-bar';
import { trimLongAddress } from './long-address';
import {
  QUERY_WRITE_DELAY_MS,
  isDeliberateMove,
  isSearchOnly,
  readUrlState,
  shareableOf,
  writeUrlState,
} from './url-state';

/** Trims a long address in place (no new history entry) and warns about what was cut. */
export function trimLongLocation(win: Window = window): void {
  const trimmed = trimLongAddress(currentSearch(win));
  if (!trimmed) return;
  for (const warning of trimmed.warnings) console.warn(`Stancemap: ${warning}`);
  replaceSearch(trimmed.search, {}, win);
}

/** The state the address asks for, against a debate; ignored values are warned about. */
export function readLocationState(debate: Debate, win: Window = window): ShareableState {
  const { state, warnings } = readUrlState(currentSearch(win), debate);
  for (const warning of warnings) console.warn(`Stancemap: ${warning}`);
  return state;
}

/** Starts syncing once a debate is loaded; returns a function that stops it. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  const debate = store.getState().debate;
  if (!debate) return () => {};
  const readLocation = () => readLocationState(debate, win);
  const searchOf = (state: ShareableState) => writeUrlState(state, currentSearch(win));

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
  // Later writes leave the fragment out, as the app's writes always have.
  const replace = (state: ShareableState) => {
    cancelPending();
    replaceSearch(searchOf(state), { keepHash: false }, win);
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
      pushSearch(searchOf(next), win);
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
