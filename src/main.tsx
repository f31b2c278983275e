// Read the URL, create the store, render, and load the debate through the one door.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadBundled } from './app/load-bundled';
import { openLink } from './features/open/open-debate';
import { storedTheme } from './app/ThemePicker';
import { createAppStore, type AppStore } from './store/app-store';
import { StoreProvider } from './store/StoreProvider';
import { startUrlSync } from './store/url-sync';
import { startupWarnings } from './store/url-state';
import { trimLongLocation } from './store/long-address';
import { prefetchLoader } from './loader/lazy-loader';
import {
  openClassroomCopy,
  restoreCopyAddress,
  thisClassroomCopy,
} from './features/offline/classroom-copy';
import { registerServiceWorker } from './features/offline/register-service-worker';
import './styles/app.css';
import { installTrustedTypesPolicy } from './app/trusted-types';
import { refusesThisFrame } from './app/frame-policy';

installTrustedTypesPolicy();
// A link of megabytes is cut to what the app reads from it before any request carries it.
trimLongLocation();

// The loader's code downloads alongside the debate's file, not before it.
void prefetchLoader();
// A classroom copy holds its debate and the screen it was saved on (before anything reads the URL).
const copy = thisClassroomCopy();
if (copy) restoreCopyAddress(copy);
const params = new URLSearchParams(window.location.search);
// The host keeps the full app out of frames (docs/hosting.md): in such a frame only a
// notice is drawn, and the debate is not even loaded.
if (refusesThisFrame(window, params))
  void import('./app/framed-refusal').then(({ showFramedRefusal }) => showFramedRefusal());
else startApp();

/** Keeps the address in step with the debate on screen; a debate opened later gets its own sync. */
function syncAddress(store: AppStore) {
  let stop = startUrlSync(store);
  store.subscribe((state, before) => {
    if (state.debate === before.debate) return;
    stop();
    stop = startUrlSync(store);
  });
}

/** Creates the store, renders the app and opens the debate the address asks for. */
function startApp() {
  for (const warning of startupWarnings(window.location.search))
    console.warn(`Stancemap: ${warning}`);
  const store = createAppStore({ theme: storedTheme(), embed: params.get('embed') === '1' });

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );

  // ?data= opens a debate from the web instead of a bundled one (url-and-embed.md).
  const link = params.get('data');
  if (link !== null && params.has('dataset'))
    console.warn('Stancemap: the link has both data= and dataset=; opening data=.');
  const opened =
    link !== null
      ? openLink(store, link)
      : copy
        ? openClassroomCopy(store, copy)
        : loadBundled(store, params.get('dataset'));
  void opened.then(() => syncAddress(store));
  registerServiceWorker(store.getState().embed);
}
