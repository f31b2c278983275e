import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const [first] = errors;
  if (!first) return null;
  const count = plural(errors.length, { one: '# problem', other: '# problems' });
  return (
    <div role="alert" className="alert">
      <p className="alert__title">
        {t`Could not open this debate: ${count} found.`}
        {keptDebate && ` ${t`The debate already on screen stays open.`}`}
      </p>
      <p className="alert__first">
        <span className="visually-hidden">
          <Trans>First problem:</Trans>{' '}
        </span>
        <code>{formatProblem(first)}</code>
      </p>
      {(onShowAll || onDismiss) && (
        <p className="alert__actions">
          {onShowAll && (
            <button type="button" className="button" onClick={onShowAll}>
              <Trans>Show all problems</Trans>
            </button>
          )}
          {onDismiss && (
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              <Trans>Dismiss</Trans>
            </button>
          )}
        </p>
      )}
    </div>
  );
}
