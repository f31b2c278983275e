// The embed's activation gate around a graph renderer (interaction/activation.ts): the
// page keeps its scroll and pinch until the reader activates the graph. Its code is
// embed-only, so it is loaded on demand (activation-gate-code.ts): it comes with the
// embed's chrome, which is fetched alongside the debate and hands it over, so it attaches
// with the graph's first frame. Should it still be on its way then, the page keeps every
// wheel and touch gesture until it arrives.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { gateAttaching, gateCode, loadGateCode } from './activation-gate-code';
import './activation-gate.css';

const HELD = ['wheel', 'touchstart', 'touchmove'];
const hold = (event: Event) => event.stopPropagation();

export function ActivationGate({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const gate = ref.current!;
    const attach = gateCode();
    if (attach) return attach(gate);
    const options = { capture: true, passive: true };
    const release = () => HELD.forEach((type) => gate.removeEventListener(type, hold, options));
    HELD.forEach((type) => gate.addEventListener(type, hold, options));
    let detach: (() => void) | undefined;
    let gone = false;
    gateAttaching(
      loadGateCode().then((ready) => {
        if (gone) return;
        release();
        detach = ready(gate);
      }),
    );
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
