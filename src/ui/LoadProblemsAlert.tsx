import { formatProblem, type Problem } from '../loader/problems';
import './problems.css';

/** The one alert for a failed load: the first problem's path and reason, and how many there are. */
export function LoadProblemsAlert({
  errors,
  keptDebate,
  onShowAll,
  onDismiss,
}: {
  errors: readonly Problem[];
  keptDebate: boolean;
  /** Opens the list of every problem; without it the alert has no button for it. */
  onShowAll?: () => void;
  /** Hides the alert; offered only while a debate is on screen to go back to. */
  onDismiss?: () => void;
}) {
  const [first] = errors;
  if (!first) return null;
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return (
    <div role="alert" className="alert">
      <p className="alert__title">
        Could not open this debate: {count} found.
        {keptDebate && ' The debate already on screen stays open.'}
      </p>
      <p className="alert__first">
        <span className="visually-hidden">First problem: </span>
        <code>{formatProblem(first)}</code>
      </p>
      {(onShowAll || onDismiss) && (
        <p className="alert__actions">
          {onShowAll && (
            <button type="button" className="button" onClick={onShowAll}>
              Show all problems
            </button>
          )}
          {onDismiss && (
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              Dismiss
            </button>
          )}
        </p>
      )}
    </div>
  );
}
