// The graph's zoom buttons. Each has a name for screen readers and a title naming its
// key (+, − and 0, handled in use-graph-viewport.ts), for mouse and touch users.
import { useLingui } from '@lingui/react/macro';

export interface ZoomControlsProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  const { t } = useLingui();
  return (
    <div className="graph__zoom" role="group" aria-label={t`Zoom`}>
      <button type="button" onClick={onZoomIn} aria-label={t`Zoom in`} title={t`Zoom in (+)`}>
        +
      </button>
      <button type="button" onClick={onZoomOut} aria-label={t`Zoom out`} title={t`Zoom out (−)`}>
        −
      </button>
      <button
        type="button"
        onClick={onFit}
        aria-label={t`Fit the graph to the view`}
        title={t`Fit (0)`}
      >
        ⤢
      </button>
    </div>
  );
}
