// What the reader points at: the selected node (shareable) and the hovered one (not).
import type { StateCreator } from 'zustand/vanilla';
import type { NodeId } from '../domain/model';
import type { AppState, InitialState } from './app-store';

export interface FocusSlice {
  readonly selected: NodeId | null;
  readonly hovered: NodeId | null;
  select(id: NodeId | null): void;
  hover(id: NodeId | null): void;
}

export function focusSlice({ selected }: InitialState): StateCreator<AppState, [], [], FocusSlice> {
  return (set) => ({
    selected: selected ?? null,
    hovered: null,
    select: (selected) => set({ selected }),
    hover: (hovered) => set({ hovered }),
  });
}
