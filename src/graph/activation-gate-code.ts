// The activation gate's code (interaction/activation.ts), embed-only and so loaded on
// demand: it comes with the embed's chrome, which hands it over here, or, should it
// still be on its way when a gate mounts, it is fetched then (ActivationGate.tsx).
type Attach = (gate: HTMLElement) => () => void;
let attach: Attach | undefined;

/** The gate's code if it is in place already; undefined until then. */
export function gateCode(): Attach | undefined {
  return attach;
}

/** Fetches the gate's code (once: later calls resolve from the module cache). */
export function loadGateCode(): Promise<Attach> {
  return import('./interaction/activation').then((m) => (attach = m.attachActivationGate));
}

/**
 * Resolves once the gate's code is in place, so an embed reports its first frame
 * with the gate already attached (a gate mounted before the code arrived attaches in
 * an earlier callback of the same load).
 */
export function whenGateReady(): Promise<void> {
  return attach ? Promise.resolve() : loadGateCode().then(() => undefined);
}

/** Hands over the gate's code, loaded with the embed's chrome, for use without waiting. */
export function provideActivationGate(code: Attach): void {
  attach = code;
}
