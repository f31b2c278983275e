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
    default:
      // The timeline and sources views are not built yet: their links open the graph.
      return <ExploreView onDrawn={onDrawn} />;
  }
}
