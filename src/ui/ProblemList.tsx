import { Trans, useLingui } from '@lingui/react/macro';
import { hintFor } from '../loader/problem-hints';
import { problemPlace } from '../loader/problem-place';
import { problemMessage, type Problem } from '../loader/problems';
import './problems.css';

/** So that 10,000 problems cannot freeze the page; the copied report holds them all. */
const SHOWN = 300;

/** Every problem of a load: severity, code, where, what, and how to fix it. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useLingui();
  const rest = problems.length - SHOWN;
  const all = problems.length;
  return (
    <>
      {/* Focusable, so that keyboard users can scroll a long list. */}
      <ol className="problem-list" tabIndex={0} aria-label={t`Problems`}>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} className="problem" data-severity={p.severity}>
            <p className="problem__head">
              <span className="problem__severity">
                {p.severity === 'error' ? t`Error` : t`Warning`}
              </span>
              <code className="problem__code">{p.code}</code>
              <code className="problem__path">{problemPlace(p.path) || t`(the whole file)`}</code>
            </p>
            <p className="problem__message">{problemMessage(p)}</p>
            <p className="problem__hint">
              <span className="problem__hint-label">
                <Trans>How to fix:</Trans>{' '}
              </span>
              {hintFor(p)}
            </p>
          </li>
        ))}
      </ol>
      {rest > 0 && (
        <p className="problem-list__more">
          <Trans>
            And {rest} more, not shown here; “Copy” copies all {all}.
          </Trans>
        </p>
      )}
    </>
  );
}
