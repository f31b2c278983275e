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
  type View,
} from '../domain/model';
import type { LibraryEntry } from '../loader/library';
import type { Problem } from '../loader/problems';

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
  readonly warnings: readonly Problem[];
  setLibrary(library: readonly LibraryEntry[]): void;
  /** Shows a new debate, with the state its link asks for (or the defaults). */
  debateLoaded(debate: Debate, warnings: readonly Problem[], shareable?: ShareableState): void;
  loadFailed(errors: readonly Problem[], warnings: readonly Problem[]): void;
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
  setTypes(types: readonly NodeType[]): void;
  toggleActorKind(kind: string): void;
  setIssue(issue: IssueId | null): void;
  setQuery(query: string): void;
  setNeighbourhood(steps: Neighbourhood): void;
}

export interface ViewSlice {
  readonly view: View;
  readonly compare: readonly ActorId[];
  /** null: follow the system's light or dark preference. */
  readonly theme: Theme | null;
  /** The graph as a plain list of nodes instead of a picture. */
  readonly listMode: boolean;
  setView(view: View): void;
  /** Sets the compared actors (at most 4, no repeats). */
  setCompare(actors: readonly ActorId[]): void;
  /** Opens the comparison view with these actors. */
  startComparison(actors: readonly ActorId[]): void;
  setTheme(theme: Theme | null): void;
  setListMode(listMode: boolean): void;
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
}

export type AppState = DebateSlice &
  FocusSlice &
  FilterSlice &
  ViewSlice & {
    /** Replaces the shareable state at once, as when a link is opened or Back is pressed. */
    applyShareable(state: ShareableState): void;
  };
export type AppStore = StoreApi<AppState>;

export interface InitialState extends Partial<ShareableState> {
  readonly debate?: Debate;
  readonly library?: readonly LibraryEntry[];
}

export const DEFAULT_SHAREABLE: ShareableState = {
  view: 'graph',
  selected: null,
  types: NODE_TYPES,
  issue: null,
  query: '',
  theme: null,
  compare: [],
};

export const MAX_COMPARED = 4;

function comparable(actors: readonly ActorId[]): ActorId[] {
  return [...new Set(actors)].slice(0, MAX_COMPARED);
}

export function createAppStore(initial: InitialState = {}): AppStore {
  const { debate, library, ...shareable } = initial;
  return createStore<AppState>()((set) => ({
    ...DEFAULT_SHAREABLE,
    ...shareable,
    library: library ?? [],
    status: debate ? 'ready' : 'loading',
    debate: debate ?? null,
    loadErrors: [],
    warnings: [],
    hovered: null,
    hiddenActorKinds: [],
    neighbourhood: 0,
    listMode: false,

    setLibrary: (library) => set({ library }),
    debateLoaded: (debate, warnings, shareable) =>
      set((state) => ({
        ...(shareable ?? { ...DEFAULT_SHAREABLE, theme: state.theme }),
        debate,
        warnings,
        loadErrors: [],
        status: 'ready',
        hovered: null,
      })),
    // All-or-nothing: a failed load never replaces the debate already on screen.
    loadFailed: (loadErrors, warnings) =>
      set((state) => ({ loadErrors, warnings, status: state.debate ? 'ready' : 'failed' })),

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

    setView: (view) => set({ view }),
    setCompare: (actors) => set({ compare: comparable(actors) }),
    startComparison: (actors) => set({ view: 'compare', compare: comparable(actors) }),
    setTheme: (theme) => set({ theme }),
    setListMode: (listMode) => set({ listMode }),

    applyShareable: (state) => set({ ...state }),
  }));
}
