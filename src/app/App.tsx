import { Trans } from '@lingui/react/macro';
import { useLingui } from '../i18n/use-lingui';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { withAreaMessages } from '../i18n/runtime';
import { objectKey } from '../lib/object-key';
import type { AppState } from '../store/app-store';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { SourceNotice } from '../ui/SourceNotice';
import { DropZone } from '../features/open/DropZone';
import { NothingOpen } from '../features/open/NothingOpen';
import { AppHeader } from './AppHeader';
import { EmbedFooter, EmbedHeader } from './embed-and-share';
import { useShareDialog } from './use-share-dialog';
import { MainView } from './MainView';
import { PrintSources } from './PrintSources';
import { useTheme } from './theme';
import { useGlobalKeys } from './use-global-keys';
import { ViewSwitcher } from './ViewSwitcher';

// Most readers never see a load problem or warning: its alert and notice load when there is one.
const LoadProblems = lazy(() =>
  import('../features/open/LoadProblems').then((m) => ({ default: m.LoadProblems })),
);

// An empty debate is rare: its notice loads when one opens.
const EmptyDebateNotice = lazy(() =>
  withAreaMessages('later', import('../features/open/EmptyDebateNotice')).then((m) => ({
    default: m.EmptyDebateNotice,
  })),
);

/**
 * A lazy part, mounted (so downloaded) only while the store says it is wanted. Its own
 * component, so a change of the answer re-renders it, not the whole app.
 */
function LazyWhen({
  wanted,
  children,
}: {
  wanted: (state: AppState) => boolean;
  children: ReactNode;
}) {
  const shown = useAppStore(wanted);
  return shown ? <Suspense fallback={null}>{children}</Suspense> : null;
}

// Shown only while a tour runs or the shortcuts are asked for: not part of the first download.
const TourPanel = lazy(() =>
  withAreaMessages('later', import('../features/present/TourPanel')).then((m) => ({
    default: m.TourPanel,
  })),
);
const ShortcutsDialog = lazy(() =>
  withAreaMessages('later', import('./ShortcutsDialog')).then((m) => ({
    default: m.ShortcutsDialog,
  })),
);

/** Tells tests and embedders the first screen is drawn (url-and-embed.md, test hooks). It stays "true". */
function markReady() {
  document.documentElement.dataset.ready = 'true';
}

export function App() {
  const store = useAppStoreApi();
  const debate = useAppStore((s) => s.debate);
  const status = useAppStore((s) => s.status);
  const presenting = useAppStore((s) => s.tour !== null);
  const embed = useAppStore((s) => s.embed);
  const debateSource = useAppStore((s) => s.debateSource);
  const share = useShareDialog();
  // Reading the language here re-renders the whole app when it changes, in place.
  useLingui();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useGlobalKeys(store, openHelp);
  useTheme();

  return (
    <div className="app" data-presenting={presenting || undefined} data-embed={embed || undefined}>
      <a className="skip-link" href="#main">
        <Trans>Skip to the debate</Trans>
      </a>
      {embed ? (
        <EmbedHeader
          views={debate && <ViewSwitcher />}
          notice={debate && <SourceNotice source={debateSource} className="embed-source" />}
          onShare={share.open}
        />
      ) : (
        <AppHeader onHelp={openHelp} onShare={share.open} />
      )}
      <main id="main" className="app__main" tabIndex={-1}>
        <LazyWhen wanted={(s) => s.loadErrors.length > 0 || s.warnings.length > 0}>
          <LoadProblems />
        </LazyWhen>
        <LazyWhen wanted={(s) => s.debate !== null && s.debate.nodes.length === 0}>
          <EmptyDebateNotice />
        </LazyWhen>
        {status === 'loading' && (
          <p role="status" className="app__loading">
            <Trans>Loading the debate…</Trans>
          </p>
        )}
        {status === 'failed' && !debate && <NothingOpen />}
        {debate && presenting && (
          <Suspense fallback={null}>
            <TourPanel />
          </Suspense>
        )}
        {/* Another debate is another screen: a fresh layout, fitted to it. */}
        {debate && <MainView key={objectKey(debate)} onDrawn={markReady} />}
      </main>
      {embed && <EmbedFooter />}
      <PrintSources />
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      {/* A guest in someone's article does not take files dropped on it. */}
      {!embed && <DropZone />}
      {share.dialog}
    </div>
  );
}
