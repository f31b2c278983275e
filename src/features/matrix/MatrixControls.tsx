// Above the matrix: how to sort the actors, the reference actor when sorting by
// agreement, the "compare the top" shortcut, and a live line saying the order.
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, type ReactNode } from 'react';
import type { ActorId, ActorNode } from '../../domain/model';
import { SORT_LABELS, SORT_MODES, type SortMode } from './matrix-model';

/** A labelled drop-down among the controls. */
function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: ReactNode;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <div className="matrix__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
  const count = top.length;
  return (
    <div className="matrix__controls">
      <SelectField
        label={<Trans>Sort actors</Trans>}
        value={mode}
        options={SORT_MODES.map((m) => ({ value: m, label: SORT_LABELS[m] }))}
        onChange={onMode}
      />
      {mode === 'agreement' && (
        <SelectField
          label={<Trans>Reference actor</Trans>}
          value={reference ?? ''}
          options={actorsByName.map((actor) => ({ value: actor.id, label: actor.name }))}
          onChange={onReference}
        />
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
