import type { View } from '../domain/model';
import { useAppStore } from '../store/store-context';

const VIEW_LABELS: Partial<Record<View, string>> = {
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

/**
 * "Where do you stand?" in the header, beside the views rather than among them: the
 * views row is full at laptop widths, and this one is a task more than a way of looking.
 */
export function StandButton() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <button
      type="button"
      className="button stand-button"
      aria-current={view === 'stand' ? 'page' : undefined}
      onClick={() => setView('stand')}
    >
      {/* On a phone the header row has room for a short word; the name stays whole. */}
      <span className="stand-button__short" aria-hidden="true">
        You?
      </span>
      <span className="stand-button__long">Where do you stand?</span>
    </button>
  );
}
