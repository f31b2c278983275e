// The embed's header and footer, and the Share dialog, loaded on demand so they never
// weigh on the first visit's JavaScript (README, weight budget): the full app never
// downloads the embed chrome, and nobody downloads the dialog until they press Share.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import './embed-layout.css';

const chrome = () => import('../features/embed/EmbedChrome');
const LazyEmbedHeader = lazy(() => chrome().then((m) => ({ default: m.EmbedHeader })));
const LazyEmbedFooter = lazy(() => chrome().then((m) => ({ default: m.EmbedFooter })));
const LazyShareDialog = lazy(() =>
  import('../features/share/ShareDialog').then((m) => ({ default: m.ShareDialog })),
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

/** The Share dialog: `open` opens it; `dialog` goes anywhere in the tree. */
export function useShareDialog(): { open: () => void; dialog: ReactNode } {
  const [state, setState] = useState<'never' | 'open' | 'closed'>('never');
  return {
    open: () => setState('open'),
    // Kept mounted once opened, so that closing the native dialog hands focus back.
    dialog: state !== 'never' && (
      <Suspense>
        <LazyShareDialog open={state === 'open'} onClose={() => setState('closed')} />
      </Suspense>
    ),
  };
}
