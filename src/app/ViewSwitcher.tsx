import type { View } from '../domain/model';
import { useAppStore } from '../store/store-context';

export const VIEW_LABELS: Partial<Record<View, string>> = {
  graph: 'Graph',
  compare: 'Compare',
  matrix: 'Matrix',
  arguments: 'Arguments',
  timeline: 'Timeline',
  sources: 'Sources',
};

/** The main views, as a row of buttons; the current one is marked for assistive technology. */
export function ViewSwitcher() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <nav className="views" aria-label="Views">
      {Object.entries(VIEW_LABELS).map(([id, label]) => (
        <button
          key={id}
          type="button"
          aria-current={view === id ? 'page' : undefined}
          onClick={() => setView(id as View)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
