// Which view the URL asks for. Secondary views are loaded on demand, so the first
// visit downloads only the explorer.
import { Trans } from '@lingui/react/macro';
import { lazy, Suspense, type ComponentType } from 'react';
import type { View } from '../domain/model';
import { loadAreaMessages, type Area } from '../i18n/runtime';
import { ExploreView } from '../features/explore/ExploreView';
import { useAppStore } from '../store/store-context';

/** A view's code together with its area's messages, so it never shows a message id. */
function withArea<T>(area: Area, view: Promise<T>): Promise<T> {
  return Promise.all([view, loadAreaMessages(area)]).then(([loaded]) => loaded);
}

const CompareView = lazy(() =>
  withArea('analysis', import('../features/compare/CompareView')).then((m) => ({
    default: m.CompareView,
  })),
);
const MatrixView = lazy(() =>
  withArea('analysis', import('../features/matrix/MatrixView')).then((m) => ({
    default: m.MatrixView,
  })),
);
const ArgumentsView = lazy(() =>
  withArea('analysis', import('../features/arguments/ArgumentsView')).then((m) => ({
    default: m.ArgumentsView,
  })),
);
const TimelineView = lazy(() =>
  import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);
const SourcesView = lazy(() =>
  withArea('stand-sources', import('../features/sources/SourcesView')).then((m) => ({
    default: m.SourcesView,
  })),
);

const StandView = lazy(() =>
  withArea('stand-sources', import('../features/stand/StandView')).then((m) => ({
    default: m.StandView,
  })),
);

const SECONDARY: Partial<Record<View, ComponentType<{ onDrawn: () => void }>>> = {
  compare: CompareView,
  matrix: MatrixView,
  arguments: ArgumentsView,
  timeline: TimelineView,
  sources: SourcesView,
  stand: StandView,
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
