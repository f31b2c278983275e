// Renders a piece of the app inside its own store, as the app root would.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
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
