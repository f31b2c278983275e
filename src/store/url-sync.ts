// Keeps the address bar and the store in step: store changes are written with
// pushState or replaceState, and Back or Forward is read back into the store.
import { shallow } from 'zustand/shallow';
import type { Debate } from '../domain/model';
import type { AppStore, ShareableState } from './app-store';
import { isDeliberateMove, readUrlState, shareableOf, writeUrlState } from './url-state';

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

  let written = shareableOf(store.getState());
  // The link as opened may carry ignored values: show the cleaned state. The fragment
  // is not the query's (a shared "Where do you stand?" result travels there): keep it.
  win.history.replaceState(
    win.history.state,
    '',
    (writeUrlState(written, win.location.search) || win.location.pathname) + win.location.hash,
  );

  // Only the shareable fields count: hovering, loading or answering "Where do you stand?"
  // leave them all the same (compared one by one, without writing a link).
  const unsubscribe = store.subscribe((state) => {
    if (state.debate !== debate) return;
    const next = shareableOf(state);
    if (shallow(next, written)) return;
    const url = writeUrlState(next, win.location.search) || win.location.pathname;
    if (isDeliberateMove(written, next)) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
    written = next;
  });

  const onPopState = () => {
    written = readLocation();
    store.getState().applyShareable(written);
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
