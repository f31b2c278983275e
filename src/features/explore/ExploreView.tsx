// The graph explorer: filters, the graph (or its list twin), and the side panel with
// the selection's details or, with nothing selected, an introduction.
import { useEffect } from 'react';
import { GraphTwin } from '../../graph/a11y/GraphTwin';
import { GraphView } from '../../graph/svg/GraphView';
import { useAppStore } from '../../store/store-context';
import { usePrefersReducedMotion } from '../../ui/use-media-query';
import { DebateIntro } from './DebateIntro';
import { DetailsPanel } from './DetailsPanel';
import { GraphFilters } from './GraphFilters';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import './explore.css';

export function ExploreView({ onDrawn }: { onDrawn: () => void }) {
  const listMode = useAppStore((s) => s.listMode);
  const hasSelection = useAppStore(
    (s) => s.selected !== null && s.debate?.index.node.has(s.selected) === true,
  );
  const reducedMotion = usePrefersReducedMotion();
  return (
    <div className="explore">
      <GraphFilters />
      <div className="explore__graph" data-testid="graph">
        {listMode ? (
          <ListDrawn onDrawn={onDrawn} />
        ) : (
          <GraphView animate={!reducedMotion} onFirstFrame={onDrawn} />
        )}
      </div>
      <aside
        className="explore__side"
        data-sheet={hasSelection || undefined}
        aria-label="Side panel"
      >
        {hasSelection ? <DetailsPanel /> : <DebateIntro />}
      </aside>
      <SelectionAnnouncer />
    </div>
  );
}

/** The list twin is drawn as soon as it renders. */
function ListDrawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return <GraphTwin />;
}
