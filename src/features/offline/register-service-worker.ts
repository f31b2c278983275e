// Keeps the hosted app for a visit with no network (scripts/service-worker.js). Only
// where a service worker can and should run: the built app, over http(s), as a page of
// its own; never from file:// (a classroom copy needs none), in an embed, or in a frame,
// where a sandbox makes even asking for navigator.serviceWorker throw.

export interface WorkerPlace {
  readonly protocol: string;
  readonly embed: boolean;
  readonly framed: boolean;
}

export function mayRegisterServiceWorker({ protocol, embed, framed }: WorkerPlace): boolean {
  return (protocol === 'https:' || protocol === 'http:') && !embed && !framed;
}

function framed(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
}

/** Registers sw.js beside the page once the page has loaded, so it never delays the first screen. */
export function registerServiceWorker(embed: boolean, win: Window = window): void {
  if (!import.meta.env.PROD) return;
  if (!mayRegisterServiceWorker({ protocol: win.location.protocol, embed, framed: framed(win) }))
    return;
  const start = () => {
    try {
      void win.navigator.serviceWorker
        ?.register(new URL('sw.js', win.document.baseURI))
        .catch((error: unknown) => console.warn('Stancemap: no offline copy of the app:', error));
    } catch (error) {
      console.warn('Stancemap: no offline copy of the app:', error);
    }
  };
  if (win.document.readyState === 'complete') start();
  else win.addEventListener('load', start, { once: true });
}
