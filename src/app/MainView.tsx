// Which view the URL asks for. Secondary views are loaded on demand, so the first
// visit downloads only the explorer.
import { lazy, Suspense } from 'react';
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

export function MainView({ onDrawn }: { onDrawn: () => void }) {
  const view = useAppStore((s) => s.view);
  const loading = <p role="status">Opening the view…</p>;
  switch (view) {
    case 'compare':
      return (
        <Suspense fallback={loading}>
          <CompareView onDrawn={onDrawn} />
        </Suspense>
      );
    case 'matrix':
      return (
        <Suspense fallback={loading}>
          <MatrixView onDrawn={onDrawn} />
        </Suspense>
      );
    case 'arguments':
      return (
        <Suspense fallback={loading}>
          <ArgumentsView onDrawn={onDrawn} />
        </Suspense>
      );
    case 'timeline':
      return (
        <Suspense fallback={loading}>
          <TimelineView onDrawn={onDrawn} />
        </Suspense>
      );
    case 'sources':
      return (
        <Suspense fallback={loading}>
          <SourcesView onDrawn={onDrawn} />
        </Suspense>
      );
    default:
      return <ExploreView onDrawn={onDrawn} />;
  }
}
