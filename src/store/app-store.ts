// One store per app root, made by a factory so that tests, embeds and tours each
// start from their own state (zustand's "initialize state with props" guide).
// Simulation nodes and zoom transforms never live here: they change every frame.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  NODE_TYPES,
  type ActorId,
  type Debate,
  type IssueId,
  type NodeId,
  type NodeType,
  type TourId,
  type View,
} from '../domain/model';
import { tourStepState } from '../domain/tour-stepper';
import { shownDebate } from '../domain/translate';
import { isIsoDate } from '../domain/dates';
import { BUNDLED, type DebateSource } from '../loader/debate-source';
import type { LibraryEntry } from '../loader/library';
import type { Problem } from '../loader/problems';
import { createSelectorCaches, type SelectorCaches } from './selectors';
import { standSlice, type StandSlice } from './stand-slice';

export type LoadStatus = 'loading' | 'ready' | 'failed';
export type Theme = 'light' | 'dark' | 'contrast';
/** How far from the selection the graph shows: 0 is everything. */
export type Neighbourhood = 0 | 1 | 2;

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

export interface FocusSlice {
  readonly selected: NodeId | null;
  readonly hovered: NodeId | null;
  select(id: NodeId | null): void;
  hover(id: NodeId | null): void;
}

export interface FilterSlice {
  /** The node types the graph shows, in NODE_TYPES order. */
  readonly types: readonly NodeType[];
  /** Actor kinds hidden from the graph. */
  readonly hiddenActorKinds: readonly string[];
  /** The issue in focus; the others are dimmed. */
  readonly issue: IssueId | null;
  readonly query: string;
  readonly neighbourhood: Neighbourhood;
  /** "As of": an ISO date (year, month or day precision); null shows everything. */
  readonly at: string | null;
  setTypes(types: readonly NodeType[]): void;
  toggleActorKind(kind: string): void;
  setIssue(issue: IssueId | null): void;
  setQuery(query: string): void;
  setNeighbourhood(steps: Neighbourhood): void;
  /** Sets the "as of" date; a value that is not an ISO date is ignored. */
  setAt(at: string | null): void;
}

export interface ViewSlice {
  readonly view: View;
  readonly compare: readonly ActorId[];
  /** null: follow the system's light or dark preference. */
  readonly theme: Theme | null;
  /** The graph as a plain list of nodes instead of a picture. */
  readonly listMode: boolean;
  /** Embed mode (`?embed=1`): compact chrome inside another page. Read once at startup. */
  readonly embed: boolean;
  readonly tour: TourId | null;
  readonly step: number;
  setView(view: View): void;
  /** Sets the compared actors (at most 4, no repeats). */
  setCompare(actors: readonly ActorId[]): void;
  /** Opens the comparison view with these actors. */
  startComparison(actors: readonly ActorId[]): void;
  setTheme(theme: Theme | null): void;
  setListMode(listMode: boolean): void;
  /** Opens a tour step (1-based) with the view and comparison it asks for; null leaves the tour. */
  goToTourStep(tour: TourId | null, step?: number): void;
}

/** The part of the state that a link carries (url-and-embed.md). */
export interface ShareableState {
  readonly view: View;
  readonly selected: NodeId | null;
  readonly types: readonly NodeType[];
  readonly issue: IssueId | null;
  readonly query: string;
  readonly theme: Theme | null;
  /** The actors side by side in the comparison, 0 to 4 of them. */
  readonly compare: readonly ActorId[];
  /** The "as of" date of the timeline (dates.ts); null: no date, everything shown. */
  readonly at: string | null;
  /** A guided tour in progress, and its step (1-based). */
  readonly tour: TourId | null;
  readonly step: number;
}

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
  readonly textLanguage?: string | null;
  readonly library?: readonly LibraryEntry[];
  readonly debateSource?: DebateSource;
  readonly embed?: boolean;
}

export const DEFAULT_SHAREABLE: ShareableState = {
  view: 'graph',
  selected: null,
  types: NODE_TYPES,
  issue: null,
  query: '',
  theme: null,
  compare: [],
  at: null,
  tour: null,
  step: 1,
};

export const MAX_COMPARED = 4;

function comparable(actors: readonly ActorId[]): ActorId[] {
  return [...new Set(actors)].slice(0, MAX_COMPARED);
}

function previousOf(state: AppState): PreviousDebate | null {
  if (!state.debate) return null;
  const shareable: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SHAREABLE))
    shareable[key] = state[key as keyof ShareableState];
  return {
    debate: state.debate,
    source: state.debateSource,
    warnings: state.warnings,
    shareable: shareable as unknown as ShareableState,
  };
}

export function createAppStore(initial: InitialState = {}): AppStore {
  const { debate, library, debateSource, embed, textLanguage = null, ...shareable } = initial;
  return createStore<AppState>()((set, get) => ({
    ...DEFAULT_SHAREABLE,
    ...shareable,
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
    hovered: null,
    hiddenActorKinds: [],
    neighbourhood: 0,
    listMode: false,
    embed: embed ?? false,
    selectorCaches: createSelectorCaches(),
    ...standSlice(set),

    setLibrary: (library) => set({ library }),
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
    // All-or-nothing: a failed load never replaces the debate already on screen.
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

    select: (selected) => set({ selected }),
    hover: (hovered) => set({ hovered }),

    setTypes: (types) => set({ types: NODE_TYPES.filter((t) => types.includes(t)) }),
    toggleActorKind: (kind) =>
      set((state) => ({
        hiddenActorKinds: state.hiddenActorKinds.includes(kind)
          ? state.hiddenActorKinds.filter((k) => k !== kind)
          : [...state.hiddenActorKinds, kind],
      })),
    setIssue: (issue) => set({ issue }),
    setQuery: (query) => set({ query }),
    setNeighbourhood: (neighbourhood) => set({ neighbourhood }),
    setAt: (at) => {
      if (at === null || isIsoDate(at)) set({ at });
    },

    setView: (view) => set({ view }),
    setCompare: (actors) => set({ compare: comparable(actors) }),
    startComparison: (actors) => set({ view: 'compare', compare: comparable(actors) }),
    setTheme: (theme) => set({ theme }),
    setListMode: (listMode) => set({ listMode }),
    goToTourStep: (tour, step = 1) =>
      set((state) => {
        const found = tour ? state.debate?.index.tour.get(tour) : undefined;
        if (!found || !state.debate) return { tour: null, step: 1 };
        return { tour, step, ...tourStepState(state.debate, found, step, state.compare) };
      }),

    applyShareable: (state) => set({ ...state }),
  }));
}
