// Which view the URL asks for. Secondary views are loaded on demand, so the first
// visit downloads only the explorer.
import { Trans } from '@lingui/react/macro';
import { lazy, Suspense, type ComponentType } from 'react';
import type { View } from '../domain/model';
import { ExploreView } from '../features/explore/ExploreView';
import { useAppStore } from '../store/store-context';

const CompareView = lazy(() =>
  import('../features/compare/CompareView').then((m) => ({ default: m.CompareView })),
);
const MatrixView = lazy(() =>
  import('../features/matrix/MatrixView').then((m) => ({ default: m.MatrixView })),
);
const ArgumentsView = lazy(() =>
  import('../features/arguments/ArgumentsView').then((m) => ({ default: m.ArgumentsView })),
);
const TimelineView = lazy(() =>
  import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);
const SourcesView = lazy(() =>
  import('../features/sources/SourcesView').then((m) => ({ default: m.SourcesView })),
);

const StandView = lazy(() =>
  import('../features/stand/StandView').then((m) => ({ default: m.StandView })),
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
