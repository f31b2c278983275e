// One store per app root, made by a factory so that tests, embeds and tours each
// start from their own state (zustand's "initialize state with props" guide).
// Simulation nodes and zoom transforms never live here: they change every frame.
// Each slice has its own file and job (zustand's slices pattern); this file joins them.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Debate } from '../domain/model';
import type { DebateSource } from '../loader/debate-source';
import type { LibraryEntry } from '../loader/library';
import { debateSlice, type DebateSlice } from './debate-slice';
import { filterSlice, type FilterSlice } from './filter-slice';
import { focusSlice, type FocusSlice } from './focus-slice';
import { createSelectorCaches, type SelectorCaches } from './selectors';
import type { ShareableState } from './shareable';
import { standSlice, type StandSlice } from './stand-slice';
import { viewSlice, type ViewSlice } from './view-slice';

export type { DebateSlice, LoadStatus, PreviousDebate } from './debate-slice';
export type { FilterSlice, Neighbourhood } from './filter-slice';
export type { FocusSlice } from './focus-slice';
export type { ViewSlice } from './view-slice';
export { DEFAULT_SHAREABLE, MAX_COMPARED, type ShareableState, type Theme } from './shareable';

export type AppState = DebateSlice &
  FocusSlice &
  FilterSlice &
  ViewSlice &
  StandSlice & {
    /** Replaces the shareable state at once, as when a link is opened or Back is pressed. */
    applyShareable(state: ShareableState): void;
    /** This store's own selector caches (selectors.ts); never replaced. */
    readonly selectorCaches: SelectorCaches;
  };
export type AppStore = StoreApi<AppState>;

export interface InitialState extends Partial<ShareableState> {
  readonly debate?: Debate;
  /** The language the debate's own texts are wanted in; null or absent: as written. */
  readonly textLanguage?: string | null;
  readonly library?: readonly LibraryEntry[];
  readonly debateSource?: DebateSource;
  readonly embed?: boolean;
}

export function createAppStore(initial: InitialState = {}): AppStore {
  return createStore<AppState>()((...store) => ({
    ...debateSlice(initial)(...store),
    ...focusSlice(initial)(...store),
    ...filterSlice(initial)(...store),
    ...viewSlice(initial)(...store),
    ...standSlice(store[0]),
    selectorCaches: createSelectorCaches(),
    applyShareable: (state) => store[0]({ ...state }),
  }));
}
