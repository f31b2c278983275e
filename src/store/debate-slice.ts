// The debate on screen: the library to choose from, loading, and the one it replaced.
// All-or-nothing: a failed load raises its alert but never replaces what is on screen.
import type { StateCreator } from 'zustand/vanilla';
import type { Debate } from '../domain/model';
import { shownDebate } from '../domain/translate';
import { BUNDLED, type DebateSource } from '../loader/debate-source';
import type { LibraryEntry } from '../loader/library';
import type { Problem } from '../loader/problems';
import type { AppState, InitialState } from './app-store';
import { DEFAULT_SHAREABLE, shareableOf, type ShareableState } from './shareable';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface DebateSlice {
  readonly library: readonly LibraryEntry[];
  readonly status: LoadStatus;
  readonly debate: Debate | null;
  /** Why the last load failed; the debate on screen, if any, stays. */
  readonly loadErrors: readonly Problem[];
  /** The warnings of that failed load, listed with its errors. */
  readonly loadWarnings: readonly Problem[];
  /** The warnings of the debate on screen: shown, never blocking. */
  readonly warnings: readonly Problem[];
  /** Where the debate on screen came from; anything not bundled says so in every mode. */
  readonly debateSource: DebateSource;
  /** The debate that was on screen before this one, kept whole for "Back to …". */
  readonly previous: PreviousDebate | null;
  setLibrary(library: readonly LibraryEntry[]): void;
  /** Shows a new debate, with the state its link asks for (or the defaults). */
  debateLoaded(
    debate: Debate,
    warnings: readonly Problem[],
    shareable?: ShareableState,
    source?: DebateSource,
  ): void;
  loadFailed(errors: readonly Problem[], warnings: readonly Problem[]): void;
  /** Swaps the previous debate back onto the screen (and the current one becomes the previous). */
  restorePrevious(): void;
  /** Hides the alert of a failed load; the debate on screen is untouched. */
  dismissLoadErrors(): void;
  /** The language the debate's own texts are wanted in (the interface's); null: as written. */
  readonly textLanguage: string | null;
  /** The reader asked for the texts as written, though a translation exists. */
  readonly showOriginal: boolean;
  setTextLanguage(language: string | null): void;
  setShowOriginal(showOriginal: boolean): void;
}

export interface PreviousDebate {
  readonly debate: Debate;
  readonly source: DebateSource;
  readonly warnings: readonly Problem[];
  /** Where the reader was in it, restored on the way back. */
  readonly shareable: ShareableState;
}

function previousOf(state: AppState): PreviousDebate | null {
  if (!state.debate) return null;
  return {
    debate: state.debate,
    source: state.debateSource,
    warnings: state.warnings,
    shareable: shareableOf(state),
  };
}

export function debateSlice({
  debate,
  library,
  debateSource,
  textLanguage = null,
}: InitialState): StateCreator<AppState, [], [], DebateSlice> {
  return (set, get) => ({
    library: library ?? [],
    status: debate ? 'ready' : 'loading',
    debate: debate ? shownDebate(debate, textLanguage, false) : null,
    textLanguage,
    showOriginal: false,
    loadErrors: [],
    loadWarnings: [],
    warnings: [],
    debateSource: debateSource ?? BUNDLED,
    previous: null,

    setLibrary: (library) => set({ library }),
    // A new debate brings the state its link asks for, across the other slices too.
    debateLoaded: (debate, warnings, shareable, source = BUNDLED) =>
      set((state) => ({
        ...(shareable ?? DEFAULT_SHAREABLE),
        // A link's theme wins; otherwise the reader's own stays.
        theme: shareable?.theme ?? state.theme,
        debate: shownDebate(debate, state.textLanguage, state.showOriginal),
        warnings,
        debateSource: source,
        previous: state.debate && state.debate !== debate ? previousOf(state) : state.previous,
        loadErrors: [],
        loadWarnings: [],
        status: 'ready',
        hovered: null,
      })),
    loadFailed: (loadErrors, loadWarnings) =>
      set((state) => ({ loadErrors, loadWarnings, status: state.debate ? 'ready' : 'failed' })),
    restorePrevious: () => {
      const { previous, theme, debateLoaded } = get();
      if (previous)
        debateLoaded(
          previous.debate,
          previous.warnings,
          { ...previous.shareable, theme },
          previous.source,
        );
    },
    dismissLoadErrors: () => set({ loadErrors: [], loadWarnings: [] }),
    // Same ids, other words: the selection, comparison and tour step all stay.
    setTextLanguage: (textLanguage) =>
      set((state) => ({
        textLanguage,
        debate: state.debate && shownDebate(state.debate, textLanguage, state.showOriginal),
      })),
    setShowOriginal: (showOriginal) =>
      set((state) => ({
        showOriginal,
        debate: state.debate && shownDebate(state.debate, state.textLanguage, showOriginal),
      })),
  });
}
