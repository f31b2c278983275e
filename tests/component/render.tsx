// Renders a piece of the app inside its own store, as the app root would.
import { render } from '@testing-library/react';
import type { ComponentType, ReactElement } from 'react';
import { vi } from 'vitest';
import { createAppStore, type InitialState } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/StoreProvider';
import { loadFixture } from '../fixtures/load';

export function renderWithStore(
  ui: ReactElement,
  initial: InitialState = { debate: loadFixture() },
) {
  const store = createAppStore(initial);
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}

/** A view in its own store, with the spy it tells that it has drawn. */
export function renderView(View: ComponentType<{ onDrawn: () => void }>, initial?: InitialState) {
  const onDrawn = vi.fn();
  return { onDrawn, ...renderWithStore(<View onDrawn={onDrawn} />, initial) };
}

/** The text at `selector` in each item, in order: one part of list items that hold several. */
export function textsAt(items: readonly Element[], selector: string): (string | undefined)[] {
  return items.map((item) => item.querySelector(selector)?.textContent ?? undefined);
}
