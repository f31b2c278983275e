// The stance matrix: every actor against every position, grouped by issue, as a real
// table. It is also the accessible overview of who holds what, so its structure is
// plain (MatrixTable.tsx). This shell holds the view's state: the sort order, the
// reference actor and the open cell (CellDialog.tsx).
import { useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { sortActorsByName } from '../../domain/comparison';
import type { ActorId, ActorNode, Debate } from '../../domain/model';
import { isolated } from '../../lib/isolated';
import { useAppStore } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { CellDialog, type OpenCell } from './CellDialog';
import { MatrixControls } from './MatrixControls';
import { MatrixNotes } from './MatrixNotes';
import { MatrixTable } from './MatrixTable';
import {
  defaultReference,
  isActor,
  issueColumns,
  orderActors,
  stanceLookup,
  topThree,
  type SortMode,
} from './matrix-model';
import './matrix.css';

export function MatrixView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useDrawnDebate(onDrawn);
  if (!debate) return null;
  // Keyed by the debate, so sorting and an open cell never outlive the debate they named.
  return <Matrix key={debate.meta.id} debate={debate} />;
}

function Matrix({ debate }: { debate: Debate }) {
  const { t } = useLingui();
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const startComparison = useAppStore((s) => s.startComparison);
  const [mode, setMode] = useState<SortMode>('name');
  const [picked, setPicked] = useState<ActorId | null>(null);
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);

  const reference = mode === 'agreement' && isActor(debate, picked) ? picked : null;
  const columns = useMemo(() => issueColumns(debate), [debate]);
  const lookup = useMemo(() => stanceLookup(debate), [debate]);
  const actors = useMemo(() => orderActors(debate, mode, reference), [debate, mode, reference]);
  const actorsByName = useMemo(() => sortActorsByName(debate), [debate]);
  const referenceActor = reference ? (debate.index.node.get(reference) as ActorNode) : null;
  const top = reference ? topThree(debate, reference) : [];

  const onMode = (next: SortMode) => {
    setMode(next);
    // Agreement starts from the selected actor (or the first), each time it is chosen.
    if (next === 'agreement') setPicked(defaultReference(debate, selected));
  };

  const name = referenceActor ? isolated(referenceActor.name) : '';
  const sortedSentence =
    mode === 'agreement' && referenceActor
      ? t`Actors sorted by agreement with ${name}.`
      : mode === 'kind'
        ? t`Actors sorted by kind, then by name.`
        : t`Actors sorted by name.`;

  return (
    <div className="matrix">
      <MatrixControls
        mode={mode}
        onMode={onMode}
        reference={reference}
        onReference={setPicked}
        actorsByName={actorsByName}
        top={top}
        onCompareTop={() => startComparison(top)}
        sortedSentence={sortedSentence}
      />
      <MatrixNotes debate={debate} mode={mode} />
      <MatrixTable
        debate={debate}
        mode={mode}
        actors={actors}
        columns={columns}
        lookup={lookup}
        referenceActor={referenceActor}
        selected={selected}
        onSelect={select}
        onOpen={setOpenCell}
        sortedSentence={sortedSentence}
      />
      <CellDialog
        debate={debate}
        cell={openCell}
        lookup={lookup}
        onClose={() => setOpenCell(null)}
      />
    </div>
  );
}
