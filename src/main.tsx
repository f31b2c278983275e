// Read the URL, create the store, render, and load the debate through the one door.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadBundled } from './app/load-bundled';
import { openLink } from './features/open/open-debate';
import { storedTheme } from './app/theme';
import { createAppStore, type AppStore } from './store/app-store';
import { StoreProvider } from './store/StoreProvider';
import { currentSearch } from './lib/address-bar';
import { startUrlSync, trimLongLocation } from './store/url-sync';
import { readStartup, type StartupRead } from './store/url-state';
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
import { I18nProvider } from '@lingui/react';
import { i18n } from '@lingui/core';
import { startLanguage } from './i18n/runtime';
import { warmIntl } from './lib/intl';

installTrustedTypesPolicy();
// A link of megabytes is cut to what the app reads from it before any request carries it.
trimLongLocation();

// The loader's code downloads alongside the debate's file, not before it.
void prefetchLoader();
// A classroom copy holds its debate and the screen it was saved on (before anything reads the URL).
const copy = thisClassroomCopy();
if (copy) restoreCopyAddress(copy);
const startup = readStartup(currentSearch());
// The host keeps the full app out of frames (docs/hosting.md): in such a frame only a
// notice is drawn, and the debate is not even loaded.
if (refusesThisFrame(window, startup.embed))
  void import('./app/framed-refusal').then(({ showFramedRefusal }) => showFramedRefusal());
else startApp(startup);

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
function startApp(startup: StartupRead) {
  for (const warning of startup.warnings) console.warn(`Stancemap: ${warning}`);
  const store = createAppStore({ theme: storedTheme(), embed: startup.embed });
  // The debate's own texts follow the interface language, where the debate translates them.
  i18n.on('change', () => store.getState().setTextLanguage(i18n.locale));

  // The first render waits for the reader's language (English needs no download), so the
  // screen does not flash English before another language's messages arrive.
  void startLanguage().then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nProvider i18n={i18n}>
          <StoreProvider store={store}>
            <App />
          </StoreProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  );

  // ?data= opens a debate from the web instead of a bundled one (url-and-embed.md).
  const opened =
    startup.data !== null
      ? openLink(store, startup.data)
      : copy
        ? openClassroomCopy(store, copy)
        : loadBundled(store, startup.dataset);
  warmIntl(i18n.locale || undefined);
  void opened.then(() => syncAddress(store));
  registerServiceWorker(store.getState().embed);
}
