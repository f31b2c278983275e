// The part of the state that a link carries (url-and-embed.md), its defaults, and the
// few value types it is made of. The slices and the URL code both build on this file.
import { NODE_TYPES } from '../domain/model';
import type { ActorId, IssueId, NodeId, NodeType, TourId, View } from '../domain/model';

export type Theme = 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];

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

/** Just the shareable fields of a state, as DEFAULT_SHAREABLE lists them. */
export function shareableOf(state: ShareableState): ShareableState {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SHAREABLE))
    picked[key] = state[key as keyof ShareableState];
  return picked as unknown as ShareableState;
}
