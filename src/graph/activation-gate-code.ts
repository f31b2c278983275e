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

/** The attaching of a gate that mounted before its code arrived (ActivationGate.tsx). */
let attaching: Promise<unknown> = Promise.resolve();

/** A gate that mounted before the code arrived says when it will have attached. */
export function gateAttaching(attached: Promise<unknown>): void {
  attaching = attached;
}

/**
 * Resolves once the gate's code is in place and a gate waiting for it has attached, so
 * an embed reports its first frame with the gate already working. (The code may arrive
 * with the embed's chrome while a mounted gate still waits for its own load.)
 */
export function whenGateReady(): Promise<void> {
  const code = attach ? Promise.resolve() : loadGateCode();
  return code.then(() => attaching).then(() => undefined);
}

/** Hands over the gate's code, loaded with the embed's chrome, for use without waiting. */
export function provideActivationGate(code: Attach): void {
  attach = code;
}
