// Above the matrix: how to sort the actors, the reference actor when sorting by
// agreement, the "compare the top" shortcut, and a live line saying the order.
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, type ChangeEvent } from 'react';
import type { ActorId, ActorNode } from '../../domain/model';
import { SORT_LABELS, SORT_MODES, type SortMode } from './matrix-model';

export function MatrixControls({
  mode,
  onMode,
  reference,
  onReference,
  actorsByName,
  top,
  onCompareTop,
  sortedSentence,
}: {
  mode: SortMode;
  onMode: (mode: SortMode) => void;
  reference: ActorId | null;
  onReference: (actor: ActorId) => void;
  actorsByName: readonly ActorNode[];
  /** The actors "Compare the top" puts side by side (empty unless sorting by agreement). */
  top: readonly ActorId[];
  onCompareTop: () => void;
  /** "Actors sorted by name.", announced when the order changes. */
  sortedSentence: string;
}) {
  const { t } = useLingui();
  const sortId = useId();
  const referenceId = useId();
  const count = top.length;
  return (
    <div className="matrix__controls">
      <div className="matrix__field">
        <label htmlFor={sortId}>
          <Trans>Sort actors</Trans>
        </label>
        <select
          id={sortId}
          value={mode}
          onChange={(event: ChangeEvent<HTMLSelectElement>) =>
            onMode(event.target.value as SortMode)
          }
        >
          {SORT_MODES.map((m) => (
            <option key={m} value={m}>
              {SORT_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      {mode === 'agreement' && (
        <div className="matrix__field">
          <label htmlFor={referenceId}>
            <Trans>Reference actor</Trans>
          </label>
          <select
            id={referenceId}
            value={reference ?? ''}
            onChange={(event) => onReference(event.target.value as ActorId)}
          >
            {actorsByName.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {mode === 'agreement' && count > 1 && (
        <button type="button" onClick={onCompareTop}>
          {t`Compare the top ${count}`}
        </button>
      )}
      <p role="status" className="visually-hidden">
        {sortedSentence}
      </p>
    </div>
  );
}
