// Named selectors, memoised on their inputs so that components subscribing to them
// re-render only when what they show really changes.
import { issueMembership } from '../domain/issue-membership';
import type { Debate, GlossaryEntry, IssueId, NodeId, TourId } from '../domain/model';
import { stepOf } from '../domain/tour-stepper';
import { rankGlossary, rankNodes, termAnswersFirst, type RankedMatch } from '../domain/search';
import { visibleGraph, type VisibleGraph } from '../domain/visible-graph';
import { memoizeLast } from '../lib/memoize-last';
import { NodeLook } from '../domain/node-look';
import { laterActorIds } from '../domain/as-of';
import type { AppState } from './app-store';

const EMPTY_GRAPH: VisibleGraph = { nodes: [], edges: [] };

/**
 * One store's selector caches. Each store makes its own (createAppStore), so two stores
 * (two embeds on one page, two tests) never share a slot: neither evicts the other's
 * result nor is handed it.
 */
export function createSelectorCaches() {
  return {
    visibleGraph: memoizeLast(
      (
        debate: Debate | null,
        types: AppState['types'],
        hiddenActorKinds: readonly string[],
        neighbourhood: number,
        selected: NodeId | null,
      ) =>
        debate
          ? visibleGraph(debate, { types, hiddenActorKinds, neighbourhood, selected })
          : EMPTY_GRAPH,
    ),
    matches: memoizeLast(
      (
        debate: Debate | null,
        query: string,
      ): ReadonlySet<NodeId> & {
        ordered: readonly NodeId[];
        /** Glossary terms for the query, best first. */
        terms: readonly RankedMatch<GlossaryEntry>[];
        /** Enter opens the first term's definition rather than selecting a node. */
        termFirst: boolean;
      } => {
        const ranked = debate ? rankNodes(debate, query) : [];
        const terms = debate ? rankGlossary(debate, query) : [];
        const ordered = ranked.map((r) => r.match);
        return Object.assign(new Set(ordered), {
          ordered,
          terms,
          termFirst: termAnswersFirst(ranked, terms),
        });
      },
    ),
    membership: memoizeLast((debate: Debate | null) =>
      debate ? issueMembership(debate) : new Map<NodeId, ReadonlySet<IssueId>>(),
    ),
    tourFocus: memoizeLast(
      (debate: Debate | null, tour: TourId | null, step: number): ReadonlySet<NodeId> => {
        const found = tour ? debate?.index.tour.get(tour) : undefined;
        return new Set(found ? (stepOf(found, step)?.focus ?? []) : []);
      },
    ),
    later: memoizeLast((debate: Debate | null, at: string | null): ReadonlySet<NodeId> =>
      debate ? laterActorIds(debate, at) : new Set<NodeId>(),
    ),
  };
}

export type SelectorCaches = ReturnType<typeof createSelectorCaches>;

export function selectVisibleGraph(state: AppState): VisibleGraph {
  // The selection matters only in neighbourhood mode; ignoring it otherwise keeps the result stable.
  const selected = state.neighbourhood > 0 ? state.selected : null;
  return state.selectorCaches.visibleGraph(
    state.debate,
    state.types,
    state.hiddenActorKinds,
    state.neighbourhood,
    selected,
  );
}

/** The nodes matching the search box, in the order the search ranks them. */
export function selectSearchMatches(state: AppState) {
  return state.selectorCaches.matches(state.debate, state.query);
}

export function selectMembership(state: AppState) {
  return state.selectorCaches.membership(state.debate);
}

/** True when an issue is in focus and the node does not belong to it. */
export function isDimmedByIssue(state: AppState, id: NodeId): boolean {
  return state.issue !== null && !selectMembership(state).get(id)?.has(state.issue);
}

function isNeighbour(state: AppState, of: NodeId | null, id: NodeId): boolean {
  if (!of || !state.debate) return false;
  if (of === id) return true;
  const { outgoing, incoming } = state.debate.index;
  return (
    (outgoing.get(of) ?? []).some((e) => e.target === id) ||
    (incoming.get(of) ?? []).some((e) => e.source === id)
  );
}

/** How a node is drawn, as bit flags: a number compares by value, so a node re-renders only when its own look changes. */
export function selectNodeLook(state: AppState, id: NodeId): number {
  let look = 0;
  if (state.selected === id) look |= NodeLook.selected;
  if (state.hovered === id) look |= NodeLook.hovered;
  if (isNeighbour(state, state.hovered, id)) look |= NodeLook.nearHovered;
  if (isNeighbour(state, state.selected, id)) look |= NodeLook.nearSelected;
  if (state.query && selectSearchMatches(state).has(id)) look |= NodeLook.match;
  // The selection is never dimmed: it is what the reader is looking at. A tour step
  // dims everything but what it is about.
  const tourFocus = selectTourFocus(state);
  const outOfTour = tourFocus.size > 0 && !tourFocus.has(id);
  if (state.selected !== id && (isDimmedByIssue(state, id) || outOfTour)) look |= NodeLook.dimmed;
  if (tourFocus.has(id)) look |= NodeLook.tourFocus;
  if (state.at && selectLaterNodeIds(state).has(id)) look |= NodeLook.later;
  return look;
}

/** An edge is highlighted when it touches the hovered or the selected node. */
export function selectEdgeLook(state: AppState, source: NodeId, target: NodeId): number {
  let look = 0;
  const touches = (id: NodeId | null) => id !== null && (id === source || id === target);
  if (touches(state.selected)) look |= NodeLook.nearSelected;
  if (touches(state.hovered)) look |= NodeLook.nearHovered;
  const tourFocus = selectTourFocus(state);
  const outOfTour = tourFocus.size > 0 && !(tourFocus.has(source) && tourFocus.has(target));
  if (outOfTour || isDimmedByIssue(state, source) || isDimmedByIssue(state, target))
    look |= NodeLook.dimmed;
  return look;
}

/** The nodes the current tour step is about; empty outside a tour. */
export function selectTourFocus(state: AppState): ReadonlySet<NodeId> {
  return state.selectorCaches.tourFocus(state.debate, state.tour, state.step);
}

/**
 * With an "as of" date: the actors who enter the story only later, i.e. whose every event
 * is after `at` (actors without events, and every other node, are undated and never later).
 */
export function selectLaterNodeIds(state: AppState): ReadonlySet<NodeId> {
  return state.selectorCaches.later(state.debate, state.at);
}
