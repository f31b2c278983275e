// Which view the URL asks for. Secondary views are loaded on demand, so the first
// visit downloads only the explorer.
import { Trans } from '@lingui/react/macro';
import { lazy, Suspense, type ComponentType } from 'react';
import type { View } from '../domain/model';
import { withAreaMessages, type Area } from '../i18n/runtime';
import { ExploreView } from '../features/explore/ExploreView';
import { useAppStore } from '../store/store-context';

type ViewComponent = ComponentType<{ onDrawn: () => void }>;

/** A view's code loaded on demand, with its area's messages, so it never shows a message id. */
function lazyView<K extends string>(
  area: Area,
  load: () => Promise<Record<K, ViewComponent>>,
  name: K,
) {
  return lazy(() => withAreaMessages(area, load()).then((m) => ({ default: m[name] })));
}

const SECONDARY: Partial<Record<View, ViewComponent>> = {
  compare: lazyView('analysis', () => import('../features/compare/CompareView'), 'CompareView'),
  matrix: lazyView('analysis', () => import('../features/matrix/MatrixView'), 'MatrixView'),
  timeline: lazyView('later', () => import('../features/timeline/TimelineView'), 'TimelineView'),
  stand: lazyView('stand-sources', () => import('../features/stand/StandView'), 'StandView'),
  arguments: lazyView(
    'analysis',
    () => import('../features/arguments/ArgumentsView'),
    'ArgumentsView',
  ),
  sources: lazyView(
    'stand-sources',
    () => import('../features/sources/SourcesView'),
    'SourcesView',
  ),
};

export function MainView({ onDrawn }: { onDrawn: () => void }) {
  const view = useAppStore((s) => s.view);
  const Secondary = SECONDARY[view];
  if (!Secondary) return <ExploreView onDrawn={onDrawn} />;
  return (
    <Suspense
      fallback={
        <p role="status">
          <Trans>Opening the view…</Trans>
        </p>
      }
    >
      <Secondary onDrawn={onDrawn} />
    </Suspense>
  );
}
