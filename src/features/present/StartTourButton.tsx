import { Trans, useLingui } from '@lingui/react/macro';
import { useAppStore } from '../../store/store-context';

/**
 * Starts the debate's first guided tour. It sits in the header, a few Tab presses from
 * the top, so a teacher at a projector reaches it by keyboard without crossing the graph.
 */
export function StartTourButton() {
  const tour = useAppStore((s) => s.debate?.tours[0]);
  const running = useAppStore((s) => s.tour !== null);
  const goToTourStep = useAppStore((s) => s.goToTourStep);
  const { t } = useLingui();
  if (!tour || running) return null;
  const tourTitle = tour.title;
  const count = tour.steps.length;
  const long = t`${tourTitle} (${count} steps)`;
  return (
    <button
      type="button"
      className="button start-tour"
      title={long}
      onClick={() => goToTourStep(tour.id, 1)}
    >
      {/* On a phone the visible label shortens to "▶ Tour"; the name stays whole. */}▶{' '}
      <span className="start-tour__short" aria-hidden="true">
        <Trans comment="One short word for the guided tour, on a phone's crowded header">
          Tour
        </Trans>
      </span>
      <span className="start-tour__long">
        <Trans>Start the guided tour</Trans>
      </span>
      <span className="visually-hidden">: {long}</span>
    </button>
  );
}
