import { useEffect, useRef } from 'react';

/**
 * Ends a layout engine (and its worker) with the view that owns it. Deferred a task,
 * because React's development mode unmounts and remounts every effect once: the
 * remount cancels the pending end, so the engine survives it.
 */
export function useEngineLifetime(engine: { destroy(): void }): void {
  const destroyTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    clearTimeout(destroyTimer.current);
    return () => {
      destroyTimer.current = setTimeout(() => engine.destroy(), 0);
    };
  }, [engine]);
}
