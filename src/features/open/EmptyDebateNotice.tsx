import { Trans } from '@lingui/react/macro';
import { useAppStore } from '../../store/store-context';
import './open.css';

/** A debate with nothing in it yet loads (it is valid) and says so, rather than an empty picture. */
export function EmptyDebateNotice() {
  const empty = useAppStore((s) => s.debate !== null && s.debate.nodes.length === 0);
  if (!empty) return null;
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
