// When the pointer or the keyboard cursor counts as resting on a node, for the store's
// `hovered` (which fades the rest of the graph to show the node's links).
import { useEffect, useState } from 'react';
import type { FocusEvent, MouseEvent } from 'react';
import type { NodeId } from '../../domain/model';
import type { AppStore } from '../../store/app-store';

/**
 * How long the pointer rests on a node before its links light up, ms. Below what a
 * reader notices, and long enough that a pointer crossing the graph does not restyle it
 * at every node on its way, nor a click pay for a hover it makes moot.
 */
export const HOVER_DELAY = 80;

export interface HoverHandlers {
  onMouseOver(event: MouseEvent): void;
  onMouseLeave(): void;
  onPointerDown(): void;
  onFocus(event: FocusEvent): void;
  onBlur(): void;
  /** Forgets a rest not yet long enough. */
  cancel(): void;
}

/** The graph's hover handlers for one store. */
export function createHoverIntent(
  store: AppStore,
  nodeIdOf: (target: EventTarget | null) => NodeId | null,
): HoverHandlers {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const hoverNow = (id: NodeId | null) => {
    cancel();
    if (store.getState().hovered !== id) store.getState().hover(id);
  };
  return {
    onMouseOver(event) {
      const id = nodeIdOf(event.target);
      // Leaving a node lets go at once; reaching one waits for the pointer to rest.
      if (id === null) return hoverNow(null);
      if (id === store.getState().hovered) return cancel();
      cancel();
      timer = setTimeout(() => hoverNow(id), HOVER_DELAY);
    },
    onMouseLeave: () => hoverNow(null),
    // A press selects: the selection lights the same links, in the click's own frame.
    onPointerDown: cancel,
    // The keyboard cursor lights a node's links at once. A click focuses the node too,
    // but not visibly: its selection does the lighting.
    onFocus(event) {
      if ((event.target as Element).matches(':focus-visible')) hoverNow(nodeIdOf(event.target));
    },
    onBlur: () => hoverNow(null),
    cancel,
  };
}

export function useHoverIntent(
  store: AppStore,
  nodeIdOf: (target: EventTarget | null) => NodeId | null,
): HoverHandlers {
  const [handlers] = useState(() => createHoverIntent(store, nodeIdOf));
  useEffect(() => handlers.cancel, [handlers]);
  return handlers;
}
