// The embed's header and footer, and the Share dialog, loaded on demand so they never
// weigh on the first visit's JavaScript (README, weight budget): the full app never
// downloads the embed chrome, and nobody downloads the dialog until they press Share.
import { lazy, Suspense, type ReactNode } from 'react';
import { withAreaMessages } from '../i18n/runtime';
import './embed-layout.css';

const chrome = () => import('../features/embed/EmbedChrome');
const LazyEmbedHeader = lazy(() => chrome().then((m) => ({ default: m.EmbedHeader })));
const LazyEmbedFooter = lazy(() => chrome().then((m) => ({ default: m.EmbedFooter })));
const LazyShareDialog = lazy(() =>
  withAreaMessages('later', import('../features/share/ShareDialog')).then((m) => ({
    default: m.ShareDialog,
  })),
);

/**
 * `notice` (where the debate came from) shows at once, even before the chrome arrives:
 * provenance never waits on a download.
 */
export function EmbedHeader(props: { views?: ReactNode; notice?: ReactNode; onShare: () => void }) {
  return (
    <Suspense fallback={props.notice}>
      <LazyEmbedHeader {...props} />
    </Suspense>
  );
}

export function EmbedFooter() {
  return (
    <Suspense>
      <LazyEmbedFooter />
    </Suspense>
  );
}

/** The Share dialog, downloaded the first time it is shown (use-share-dialog.tsx). */
export function ShareDialogOnDemand(props: { open: boolean; onClose: () => void }) {
  return (
    <Suspense>
      <LazyShareDialog {...props} />
    </Suspense>
  );
}
