// The graph's hover: a node's links light up once the pointer rests on it, at once for
// the keyboard cursor, and a press never waits for (or pays for) a hover.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FocusEvent, MouseEvent } from 'react';
import type { NodeId } from '../../src/domain/model';
import { createAppStore } from '../../src/store/app-store';
import { createHoverIntent, HOVER_DELAY } from '../../src/graph/svg/use-hover-intent';

/** An event whose target is a node element with this id (or the background, for null). */
function over(id: string | null, focusVisible = false) {
  const target = {
    id,
    matches: (selector: string) => selector === ':focus-visible' && focusVisible,
  };
  return { target } as unknown as MouseEvent & FocusEvent;
}
const nodeIdOf = (target: EventTarget | null) =>
  ((target as unknown as { id: string | null }).id as NodeId | null) ?? null;

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp() {
    const store = createAppStore();
    return { store, hover: createHoverIntent(store, nodeIdOf) };
  }

  it('lights a node once the pointer rests on it, not on the way across', () => {
    const { store, hover } = setUp();
    hover.onMouseOver(over('a'));
    vi.advanceTimersByTime(HOVER_DELAY / 2);
    hover.onMouseOver(over('b'));
    vi.advanceTimersByTime(HOVER_DELAY - 1);
    expect(store.getState().hovered).toBeNull();
    vi.advanceTimersByTime(1);
    expect(store.getState().hovered).toBe('b');
  });

  it('lets go at once when the pointer leaves for the background or the graph', () => {
    const { store, hover } = setUp();
    hover.onMouseOver(over('a'));
    vi.advanceTimersByTime(HOVER_DELAY);
    hover.onMouseOver(over(null));
    expect(store.getState().hovered).toBeNull();
    hover.onMouseOver(over('a'));
    vi.advanceTimersByTime(HOVER_DELAY);
    hover.onMouseLeave();
    expect(store.getState().hovered).toBeNull();
  });

  it('forgets a rest cut short by a press', () => {
    const { store, hover } = setUp();
    hover.onMouseOver(over('a'));
    hover.onPointerDown();
    vi.advanceTimersByTime(HOVER_DELAY * 2);
    expect(store.getState().hovered).toBeNull();
  });

  it('lights the keyboard cursor at once, and not a node focused by a click', () => {
    const { store, hover } = setUp();
    hover.onFocus(over('a', false));
    expect(store.getState().hovered).toBeNull();
    hover.onFocus(over('a', true));
    expect(store.getState().hovered).toBe('a');
    hover.onBlur();
    expect(store.getState().hovered).toBeNull();
  });
});
