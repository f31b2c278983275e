// Renders a piece of the app inside its own store, as the app root would.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Debate } from '../../src/domain/model';
import { loadDebateValue } from '../../src/loader/load-debate';
import { createAppStore, type InitialState } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/store-context';
import { smallDebate } from '../fixtures/small-debate';

export function loadFixture(doc: unknown = smallDebate()): Debate {
  const result = loadDebateValue(doc);
  if (!result.ok) throw new Error(`fixture does not load: ${result.errors[0]?.message}`);
  return result.debate;
}

export function renderWithStore(
  ui: ReactElement,
  initial: InitialState = { debate: loadFixture() },
) {
  const store = createAppStore(initial);
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
