import { useEffect } from 'react';
import { isShortcutKey } from '../lib/shortcuts';
import type { AppStore } from '../store/app-store';

/** Keys that work anywhere outside text fields: ? for help, / to search, Escape to clear. */
export function useGlobalKeys(store: AppStore, openHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutKey(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        openHelp();
      } else if (event.key === '/') {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      } else if (event.key === 'Escape' && store.getState().selected) {
        const id = store.getState().selected;
        store.getState().select(null);
        // Focus returns to the node that was selected, so keyboard users keep their place.
        document.querySelector<SVGElement>(`[data-node-id="${CSS.escape(id ?? '')}"]`)?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, openHelp]);
}
