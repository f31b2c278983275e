import { useEffect } from 'react';
import type { Debate } from '../domain/model';
import { useAppStore } from './store-context';

/**
 * The debate a view shows, for a view whose first screen is drawn as soon as it mounts:
 * it reports `onDrawn` then (MainView passes it; the app sets `data-ready`). The view
 * returns null while the debate is null.
 */
export function useDrawnDebate(onDrawn: () => void): Debate | null {
  const debate = useAppStore((s) => s.debate);
  useEffect(onDrawn, [onDrawn]);
  return debate;
}
