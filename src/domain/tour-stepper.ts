// Guided tours as a pure state machine: which key moves where, what each step shows.
// Unit-tested apart from React; the store and the presentation mode only call it.
import type { ActorId, Tour, TourStep, View } from './model';

export type TourMove = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** Keys for clickers and keyboards: presenters' remotes send PageDown and PageUp. */
const KEY_MOVES: Readonly<Record<string, TourMove>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

export function moveForKey(key: string): TourMove | null {
  return KEY_MOVES[key] ?? null;
}

/** The 1-based step a move leads to, kept within the tour; null leaves the tour. */
export function stepAfter(tour: Tour, step: number, move: TourMove): number | null {
  const last = tour.steps.length;
  const current = clampStep(tour, step);
  switch (move) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 1);
    case 'first':
      return 1;
    case 'last':
      return last;
    case 'exit':
      return null;
  }
}

export function clampStep(tour: Tour, step: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 1), tour.steps.length) : 1;
}

export function stepOf(tour: Tour, step: number): TourStep | undefined {
  return tour.steps[clampStep(tour, step) - 1];
}

/** What a step asks the app to show: its view (the graph unless it says), and its comparison. */
export function tourStepState(
  tour: Tour,
  step: number,
  currentCompare: readonly ActorId[],
): { view: View; compare: readonly ActorId[] } {
  const found = stepOf(tour, step);
  return {
    view: found?.view ?? 'graph',
    compare: found?.compare.length ? found.compare : currentCompare,
  };
}
