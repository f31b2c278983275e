// What the graph shows: node types, actor kinds, the issue in focus, the search, how far
// from the selection, and the "as of" date.
import type { StateCreator } from 'zustand/vanilla';
import { NODE_TYPES, type IssueId, type NodeType } from '../domain/model';
import { isIsoDate } from '../domain/dates';
import type { AppState, InitialState } from './app-store';
import { DEFAULT_SHAREABLE } from './shareable';

/** How far from the selection the graph shows: 0 is everything. */
export type Neighbourhood = 0 | 1 | 2;

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
  /** Selects an issue and focuses on it, as one change: one history entry, one render. */
  openIssue(issue: IssueId): void;
  setQuery(query: string): void;
  setNeighbourhood(steps: Neighbourhood): void;
  /** Sets the "as of" date; a value that is not an ISO date is ignored. */
  setAt(at: string | null): void;
}

export function filterSlice(initial: InitialState): StateCreator<AppState, [], [], FilterSlice> {
  return (set) => ({
    types: initial.types ?? DEFAULT_SHAREABLE.types,
    hiddenActorKinds: [],
    issue: initial.issue ?? DEFAULT_SHAREABLE.issue,
    query: initial.query ?? DEFAULT_SHAREABLE.query,
    neighbourhood: 0,
    at: initial.at ?? DEFAULT_SHAREABLE.at,

    setTypes: (types) => set({ types: NODE_TYPES.filter((t) => types.includes(t)) }),
    toggleActorKind: (kind) =>
      set((state) => ({
        hiddenActorKinds: state.hiddenActorKinds.includes(kind)
          ? state.hiddenActorKinds.filter((k) => k !== kind)
          : [...state.hiddenActorKinds, kind],
      })),
    setIssue: (issue) => set({ issue }),
    openIssue: (issue) => set({ issue, selected: issue }),
    setQuery: (query) => set({ query }),
    setNeighbourhood: (neighbourhood) => set({ neighbourhood }),
    setAt: (at) => {
      if (at === null || isIsoDate(at)) set({ at });
    },
  });
}
