// Guided tours as a pure state machine: which key moves where, what each step shows.
// Unit-tested apart from React; the store and the presentation mode only call it.
import { issueOfNode } from './issue-membership';
import type { ActorId, Debate, IssueId, NodeId, Tour, TourStep, View } from './model';

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

/** The arrows swap in right-to-left text: there the next step lies to the left. */
const RTL_ARROWS: Readonly<Record<string, TourMove>> = {
  ArrowLeft: 'next',
  ArrowRight: 'previous',
};

export function moveForKey(key: string, direction: 'ltr' | 'rtl' = 'ltr'): TourMove | null {
  return (direction === 'rtl' ? RTL_ARROWS[key] : undefined) ?? KEY_MOVES[key] ?? null;
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

/** What a step asks the app to show: its view, comparison, issue and selection. */
export interface TourStepState {
  readonly view: View;
  readonly compare: readonly ActorId[];
  /** The step's issue: the first issue it focuses on, else the issue of its first position or argument. */
  readonly issue: IssueId | null;
  /** The first thing it focuses on that is not an issue, so its details (or its place) are on screen. */
  readonly selected: NodeId | null;
}

/**
 * A step decides the whole screen — the view (the graph unless it says), the comparison
 * (kept when it names none), the issue and the selection — so that what the caption talks
 * about is what is shown, whichever step came before.
 */
export function tourStepState(
  debate: Debate,
  tour: Tour,
  step: number,
  currentCompare: readonly ActorId[],
): TourStepState {
  const found = stepOf(tour, step);
  const focus = found?.focus ?? [];
  const firstIssue = focus.find((id) => debate.index.node.get(id)?.type === 'issue');
  const issue =
    firstIssue !== undefined
      ? (firstIssue as IssueId)
      : (focus
          .map((id) => issueOfNode(debate, debate.index.node.get(id)))
          .find((i) => i !== null) ?? null);
  return {
    view: found?.view ?? 'graph',
    compare: found?.compare.length ? found.compare : currentCompare,
    issue,
    selected: focus.find((id) => debate.index.node.get(id)?.type !== 'issue') ?? null,
  };
}
