import { formatProblem, type Problem } from '../loader/problems';

/** The one alert for a failed load: the first problem's path and reason, and how many there are. */
export function LoadProblemsAlert({
  errors,
  keptDebate,
}: {
  errors: readonly Problem[];
  keptDebate: boolean;
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
    </div>
  );
}
