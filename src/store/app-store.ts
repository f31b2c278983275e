// One store per app root, made by a factory so that tests, embeds and tours each
// start from their own state (zustand's "initialize state with props" guide).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Debate } from '../domain/model';
import type { LibraryEntry } from '../loader/library';
import type { Problem } from '../loader/problems';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface DebateSlice {
  readonly library: readonly LibraryEntry[];
  readonly status: LoadStatus;
  readonly debate: Debate | null;
  /** Why the last load failed; the debate on screen, if any, stays. */
  readonly loadErrors: readonly Problem[];
  readonly warnings: readonly Problem[];
  setLibrary(library: readonly LibraryEntry[]): void;
  debateLoaded(debate: Debate, warnings: readonly Problem[]): void;
  loadFailed(errors: readonly Problem[], warnings: readonly Problem[]): void;
}

export type AppState = DebateSlice;
export type AppStore = StoreApi<AppState>;

export interface InitialState {
  readonly debate?: Debate;
  readonly library?: readonly LibraryEntry[];
}

export function createAppStore(initial: InitialState = {}): AppStore {
  return createStore<AppState>()((set) => ({
    library: initial.library ?? [],
    status: initial.debate ? 'ready' : 'loading',
    debate: initial.debate ?? null,
    loadErrors: [],
    warnings: [],
    setLibrary: (library) => set({ library }),
    debateLoaded: (debate, warnings) => set({ debate, warnings, loadErrors: [], status: 'ready' }),
    // All-or-nothing: a failed load never replaces the debate already on screen.
    loadFailed: (loadErrors, warnings) =>
      set((state) => ({ loadErrors, warnings, status: state.debate ? 'ready' : 'failed' })),
  }));
}
