// What is selected, said in a live region, with a way to see it in the graph or to
// clear it. The region stays in the page (empty, and hidden) so that a new selection
// is announced.
import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import './selection-status.css';

export function SelectionStatus({
  children,
  onShowInGraph,
  onClear,
}: {
  /** The sentence naming the selection; without one, nothing is selected. */
  children?: ReactNode;
  onShowInGraph: () => void;
  onClear: () => void;
}) {
  return (
    <div role="status" className="selection-status">
      {children && (
        <p className="selection-status__text">
          {children}{' '}
          <button type="button" className="link-button" onClick={onShowInGraph}>
            <Trans>Show in the graph</Trans>
          </button>{' '}
          <button type="button" className="link-button" onClick={onClear}>
            <Trans>Clear</Trans>
          </button>
        </p>
      )}
    </div>
  );
}
