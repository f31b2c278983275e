import { hintFor } from '../loader/problem-hints';
import { problemMessage, type Problem } from '../loader/problems';
import './problems.css';

/** So that 10,000 problems cannot freeze the page; the copied report holds them all. */
const SHOWN = 300;

/** Every problem of a load: severity, code, where, what, and how to fix it. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const rest = problems.length - SHOWN;
  return (
    <>
      {/* Focusable, so that keyboard users can scroll a long list. */}
      <ol className="problem-list" tabIndex={0} aria-label="Problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} className="problem" data-severity={p.severity}>
            <p className="problem__head">
              <span className="problem__severity">
                {p.severity === 'error' ? 'Error' : 'Warning'}
              </span>
              <code className="problem__code">{p.code}</code>
              <code className="problem__path">{p.path || '(the whole file)'}</code>
            </p>
            <p className="problem__message">{problemMessage(p)}</p>
            <p className="problem__hint">
              <span className="problem__hint-label">How to fix: </span>
              {hintFor(p)}
            </p>
          </li>
        ))}
      </ol>
      {rest > 0 && (
        <p className="problem-list__more">
          And {rest} more, not shown here; “Copy” copies all {problems.length}.
        </p>
      )}
    </>
  );
}
