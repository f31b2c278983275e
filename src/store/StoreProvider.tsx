import type { ReactNode } from 'react';
import type { AppStore } from './app-store';
import { StoreContext } from './store-context';

/** Gives every component below it this store (one per app root: tests and embeds each have their own). */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
