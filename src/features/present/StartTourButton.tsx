import { useAppStore } from '../../store/store-context';

/**
 * Starts the debate's first guided tour. It sits in the header, a few Tab presses from
 * the top, so a teacher at a projector reaches it by keyboard without crossing the graph.
 */
export function StartTourButton() {
  const tour = useAppStore((s) => s.debate?.tours[0]);
  const running = useAppStore((s) => s.tour !== null);
  const goToTourStep = useAppStore((s) => s.goToTourStep);
  if (!tour || running) return null;
  return (
    <button
      type="button"
      className="button start-tour"
      title={`${tour.title} (${tour.steps.length} steps)`}
      onClick={() => goToTourStep(tour.id, 1)}
    >
      {/* On a phone the visible label shortens to "▶ tour"; the name stays whole. */}▶{' '}
      <span className="start-tour__long">Start the guided </span>tour
      <span className="visually-hidden">
        : {tour.title} ({tour.steps.length} steps)
      </span>
    </button>
  );
}
