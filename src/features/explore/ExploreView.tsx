// The graph explorer: filters, the graph (or its list twin), and the side panel with
// the selection's details or, with nothing selected, an introduction.
import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { ActivationGate } from '../../graph/ActivationGate';
import { whenGateReady } from '../../graph/activation-gate-code';
import { GraphTwin } from '../../graph/a11y/GraphTwin';
import { GraphRenderer } from '../../graph/GraphRenderer';
import { withAreaMessages } from '../../i18n/runtime';
import { useAppStore } from '../../store/store-context';
import { useMediaQuery, usePrefersReducedMotion } from '../../ui/use-media-query';
import { DebateIntro } from './DebateIntro';
import { GraphFilters } from './GraphFilters';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import './explore.css';

// The details (and their messages) arrive with the first selection; they are fetched as
// soon as the graph is drawn, so that first click does not wait for them. Not through
// lazy() and Suspense: React would hold them back for up to 300 ms (its reveal throttle
// after a fallback), and swapping the lazy component for the loaded one once it came
// replaced the open panel's element under the reader (and their focus).
let loadedDetails: typeof import('./DetailsPanel').DetailsPanel | null = null;
const loadDetails = () =>
  withAreaMessages('later', import('./DetailsPanel')).then((m) => {
    loadedDetails = m.DetailsPanel;
    return m;
  });

/** The details panel's component once its code is here (fetching it if need be), else null. */
function useDetailsPanel(wanted: boolean) {
  const [panel, setPanel] = useState(() => loadedDetails);
  useEffect(() => {
    if (!wanted || panel || loadedDetails) return;
    let live = true;
    loadDetails().then(
      (m) => {
        if (live) setPanel(() => m.DetailsPanel);
      },
      // Offline, or a new deploy: the status stays, and closing and choosing again retries.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, panel]);
  return panel ?? loadedDetails;
}

export function ExploreView({ onDrawn: reportDrawn }: { onDrawn: () => void }) {
  const onDrawn = useCallback(() => {
    reportDrawn();
    void loadDetails();
  }, [reportDrawn]);
  const { t } = useLingui();
  const listMode = useAppStore((s) => s.listMode);
  const hasSelection = useAppStore(
    (s) => s.selected !== null && s.debate?.index.node.has(s.selected) === true,
  );
  const DetailsPanel = useDetailsPanel(hasSelection);
  const reducedMotion = usePrefersReducedMotion();
  // Embedded: the filters folded, the graph polite about the page's scrolling, and the
  // details as a drawer over the graph, with no introduction beside it.
  const embed = useAppStore((s) => s.embed);
  // On a touch screen too the page scrolls over the graph until the reader taps it.
  const touch = useMediaQuery('(pointer: coarse)');
  const gated = embed || touch;
  const onGraphDrawn = useCallback(() => {
    // Gated, the first frame counts once the graph is polite about the page's scrolling.
    if (gated) void whenGateReady().then(onDrawn);
    else onDrawn();
  }, [gated, onDrawn]);
  // A phone or a narrow embed opens on the map of issues, readable at that size.
  const compact = useMediaQuery('(max-width: 37.5rem)');
  // The graph mounts in a render of its own, just after the page around it (a new debate
  // mounts this view afresh): React may pause that render, so a big debate's hundreds of
  // nodes are not built in the same task as the rest of the page.
  const graphMounted = useDeferredValue(true, false);
  const graph = graphMounted && (
    <GraphRenderer animate={!reducedMotion} onFirstFrame={onGraphDrawn} compact={compact} />
  );
  return (
    <div className={embed ? 'explore explore--embed' : 'explore'}>
      <GraphFilters folded={embed} />
      <div className="explore__graph" data-testid="graph">
        {listMode ? (
          <ListDrawn onDrawn={onDrawn} />
        ) : gated ? (
          <ActivationGate>{graph}</ActivationGate>
        ) : (
          graph
        )}
      </div>
      <aside
        className="explore__side"
        data-sheet={hasSelection || undefined}
        aria-label={t`Side panel`}
        // It scrolls on its own: keyboard users reach it even when it holds no control.
        tabIndex={0}
        hidden={embed && !hasSelection}
      >
        {hasSelection ? (
          DetailsPanel ? (
            // One function from the panel's chunk, the same on every render once it came.
            // eslint-disable-next-line react-hooks/static-components
            <DetailsPanel />
          ) : (
            <p role="status">
              <Trans>Opening the details…</Trans>
            </p>
          )
        ) : (
          !embed && <DebateIntro />
        )}
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
