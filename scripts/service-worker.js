// Stancemap's service worker: the app and its bundled debates, kept for a visit with no
// network. The build (scripts/vite-service-worker.ts) fills in VERSION and FILES.
// - Hashed files (assets/) come from the cache first: their names change with them.
// - Everything else (index.html, data/, the classroom copy) comes from the network
//   while there is one, so a host's updates show at once, and from the cache without.
// - A new version installs beside the old one and takes over only when no page uses
//   the old one any more (no skipWaiting): a page in the middle of a tour keeps the
//   files it started with.
const VERSION = /* VERSION */ 'unbuilt';
const FILES = /* FILES */ [];
const CACHE = `stancemap-${VERSION}`;
/** A network that hangs (a classroom's Wi-Fi) counts as gone after this long. */
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('stancemap-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      // The first visit's page uses the cache at once, for the views it has not opened yet.
      .then(() => self.clients.claim()),
  );
});

const scope = new URL(self.registration.scope);
const appPage = new URL('./', scope).href;

/** The cached answer for a request: the app's page for any visit to it, whatever the query. */
function cached(cache, request, url) {
  if (
    request.mode === 'navigate' &&
    (url.href.split(/[?#]/)[0] === appPage || url.pathname === `${scope.pathname}index.html`)
  )
    return cache.match(appPage);
  return cache.match(request, { ignoreSearch: request.mode === 'navigate' });
}

function fromNetwork(request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), NETWORK_TIMEOUT_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function answer(request, url) {
  const cache = await caches.open(CACHE);
  if (url.pathname.startsWith(`${scope.pathname}assets/`))
    return (await cache.match(request)) ?? fetch(request);
  try {
    return await fromNetwork(request);
  } catch (error) {
    const kept = await cached(cache, request, url);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Debates from other sites (data= links) and anything outside the app go as before.
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.href.startsWith(scope.href))
    return;
  event.respondWith(answer(request, url));
});
