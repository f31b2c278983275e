// The graph explorer: filters, the graph (or its list twin), and the side panel with
// the selection's details or, with nothing selected, an introduction.
import { Trans, useLingui } from '@lingui/react/macro';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect } from 'react';
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

// The details (and their messages) arrive with the first selection; they are fetched as soon as the graph
// is drawn, so that first click does not wait for them. Once fetched they render
// directly: through Suspense, React would hold them back for up to 300 ms (its reveal
// throttle after a fallback), and a click must show its details within 100 ms.
let LoadedDetails: typeof import('./DetailsPanel').DetailsPanel | null = null;
const loadDetails = () =>
  withAreaMessages('later', import('./DetailsPanel')).then((m) => {
    LoadedDetails = m.DetailsPanel;
    return m;
  });
const DetailsPanel = lazy(() => loadDetails().then((m) => ({ default: m.DetailsPanel })));

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
          LoadedDetails ? (
            <LoadedDetails />
          ) : (
            <Suspense
              fallback={
                <p role="status">
                  <Trans>Opening the details…</Trans>
                </p>
              }
            >
              <DetailsPanel />
            </Suspense>
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
