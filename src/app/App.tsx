import { useCallback, useEffect, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { LoadProblemsAlert } from '../ui/LoadProblemsAlert';
import { AppHeader } from './AppHeader';
import { MainView } from './MainView';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useGlobalKeys } from './use-global-keys';

/** Tells tests and embedders the first screen is drawn (url-and-embed.md, test hooks). It stays "true". */
function markReady() {
  document.documentElement.dataset.ready = 'true';
}

function useThemeAttribute() {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}

export function App() {
  const store = useAppStoreApi();
  const debate = useAppStore((s) => s.debate);
  const status = useAppStore((s) => s.status);
  const loadErrors = useAppStore((s) => s.loadErrors);
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useGlobalKeys(store, openHelp);
  useThemeAttribute();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the debate
      </a>
      <AppHeader onHelp={openHelp} />
      <main id="main" className="app__main" tabIndex={-1}>
        <LoadProblemsAlert errors={loadErrors} keptDebate={debate !== null} />
        {status === 'loading' && (
          <p role="status" className="app__loading">
            Loading the debate…
          </p>
        )}
        {debate && <MainView onDrawn={markReady} />}
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
