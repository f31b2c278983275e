// Trusted Types (the policy's `require-trusted-types-for 'script'`): no string may become
// script except through this policy, and the only script URL the app ever makes is the
// layout worker's, on its own origin. A default policy, so the worker's `new Worker(new
// URL(…))` stays the form Vite bundles; it makes no HTML and no script text, so any
// other sink (innerHTML, eval, …) stays blocked.

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM library). */
interface TrustedTypesWindow {
  readonly trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL(url: string): string | null }): unknown;
  };
}

export function installTrustedTypesPolicy(win: Window & TrustedTypesWindow = window) {
  const ownOrigin = new URL(import.meta.url).origin;
  win.trustedTypes?.createPolicy('default', {
    createScriptURL: (url) =>
      new URL(url, win.document.baseURI).origin === ownOrigin ? url : null,
  });
}
