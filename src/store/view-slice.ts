// How the debate is shown: the main view, the comparison, the theme, list or picture,
// embed mode, and the guided tour's step.
import type { StateCreator } from 'zustand/vanilla';
import type { ActorId, TourId, View } from '../domain/model';
import { tourStepState } from '../domain/tour-stepper';
import type { AppState, InitialState } from './app-store';
import { DEFAULT_SHAREABLE, MAX_COMPARED, type Theme } from './shareable';

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

function comparable(actors: readonly ActorId[]): ActorId[] {
  return [...new Set(actors)].slice(0, MAX_COMPARED);
}

export function viewSlice(initial: InitialState): StateCreator<AppState, [], [], ViewSlice> {
  return (set) => ({
    view: initial.view ?? DEFAULT_SHAREABLE.view,
    compare: initial.compare ?? DEFAULT_SHAREABLE.compare,
    theme: initial.theme ?? DEFAULT_SHAREABLE.theme,
    listMode: false,
    embed: initial.embed ?? false,
    tour: initial.tour ?? DEFAULT_SHAREABLE.tour,
    step: initial.step ?? DEFAULT_SHAREABLE.step,

    setView: (view) => set({ view }),
    setCompare: (actors) => set({ compare: comparable(actors) }),
    startComparison: (actors) => set({ view: 'compare', compare: comparable(actors) }),
    setTheme: (theme) => set({ theme }),
    setListMode: (listMode) => set({ listMode }),
    // A step asks for its own view, issue, selection and comparison (tour-stepper.ts).
    goToTourStep: (tour, step = 1) =>
      set((state) => {
        const found = tour ? state.debate?.index.tour.get(tour) : undefined;
        if (!found || !state.debate) return { tour: null, step: 1 };
        return { tour, step, ...tourStepState(state.debate, found, step, state.compare) };
      }),
  });
}
