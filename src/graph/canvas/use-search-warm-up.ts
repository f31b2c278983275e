// A debate big enough for the canvas has its search index built in idle moments after
// it is drawn, a slice at a time, so the first letter typed does not wait seconds for
// every name and text to be folded (domain/search.ts, prepareSearch).
import { useEffect } from 'react';
import type { Debate } from '../../domain/model';
import { prepareSearch } from '../../domain/search';

export function useSearchWarmUp(debate: Debate | null): void {
  useEffect(() => {
    if (!debate || typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const slice = (deadline: IdleDeadline) => {
      if (!prepareSearch(debate, () => deadline.timeRemaining() > 1))
        handle = requestIdleCallback(slice);
    };
    handle = requestIdleCallback(slice);
    return () => cancelIdleCallback(handle);
  }, [debate]);
}
