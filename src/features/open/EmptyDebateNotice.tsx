import { Trans } from '@lingui/react/macro';
import './open.css';

/**
 * A debate with nothing in it yet loads (it is valid) and says so, rather than an empty
 * picture. App shows it only for an empty debate.
 */
export function EmptyDebateNotice() {
  return (
    <p className="notice" role="status">
      <span className="notice__text">
        <Trans>
          This debate is empty: it has no issues, positions, actors or arguments yet. Add some to
          the file and open it again.
        </Trans>
      </span>
    </p>
  );
}
