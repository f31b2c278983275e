// The embed's activation gate around a graph renderer (interaction/activation.ts): the
// page keeps its scroll and pinch until the reader activates the graph. Its code is
// embed-only, so it is loaded on demand: it comes with the embed's chrome, which is
// fetched alongside the debate and hands it over, so it attaches with the graph's first
// frame. Should it still be on its way then, the page keeps every wheel and touch
// gesture until it arrives.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './activation-gate.css';

type Attach = (gate: HTMLElement) => () => void;
let attach: Attach | undefined;
const load = () =>
  import('./interaction/activation').then((m) => (attach = m.attachActivationGate));

/**
 * Resolves once the gate's code is in place, so an embed reports its first frame
 * with the gate already attached (a gate mounted before the code arrived attaches in
 * an earlier callback of the same load).
 */
export function whenGateReady(): Promise<void> {
  return attach ? Promise.resolve() : load().then(() => undefined);
}

/** Hands over the gate's code, loaded with the embed's chrome, for use without waiting. */
export function provideActivationGate(code: Attach): void {
  attach = code;
}

const HELD = ['wheel', 'touchstart', 'touchmove'];
const hold = (event: Event) => event.stopPropagation();

export function ActivationGate({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const gate = ref.current!;
    if (attach) return attach(gate);
    const options = { capture: true, passive: true };
    const release = () => HELD.forEach((type) => gate.removeEventListener(type, hold, options));
    HELD.forEach((type) => gate.addEventListener(type, hold, options));
    let detach: (() => void) | undefined;
    let gone = false;
    void load().then((ready) => {
      if (gone) return;
      release();
      detach = ready(gate);
    });
    return () => {
      gone = true;
      release();
      detach?.();
    };
  }, []);
  return (
    <div ref={ref} className="activation-gate" data-gestures="page">
      {children}
    </div>
  );
}
