// The evidence behind one stance of the matrix: which issue and position, the stance and
// its basis, and the quotes. Plain text only: data never becomes markup.
import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { sourcedEvidence } from '../../domain/lookups';
import type {
  ActorId,
  Debate,
  IssueNode,
  PositionId,
  PositionNode,
  Stance,
} from '../../domain/model';
import { DataText } from '../../ui/DataText';
import { Dialog } from '../../ui/Dialog';
import { EvidenceList } from '../../ui/EvidenceList';
import { DebateGlossaryText } from '../../ui/GlossaryText';
import { StanceBadge } from '../../ui/StanceBadge';
import { StanceBasis } from '../../ui/StanceBasis';
import { STANCE_LOOK } from '../../ui/stance-look';
import type { StanceLookup } from './matrix-model';

/** The cell whose evidence is open. */
export interface OpenCell {
  readonly actor: ActorId;
  readonly position: PositionId;
}

export function CellDialog({
  debate,
  cell,
  lookup,
  onClose,
}: {
  debate: Debate;
  cell: OpenCell | null;
  lookup: StanceLookup;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const found = cell && findCell(debate, lookup, cell);
  const name = found?.actor.name;
  const stance = found && STANCE_LOOK[found.stance.stance].word;
  return (
    <Dialog title={found ? t`${name}: ${stance}` : t`Evidence`} open={!!found} onClose={onClose}>
      {found && <CellEvidence debate={debate} {...found} />}
    </Dialog>
  );
}

function findCell(debate: Debate, lookup: StanceLookup, cell: OpenCell) {
  const stance = lookup(cell.actor, cell.position);
  const actor = debate.index.node.get(cell.actor);
  const position = debate.index.node.get(cell.position);
  if (!stance || actor?.type !== 'actor' || position?.type !== 'position') return null;
  const issue = debate.index.node.get(position.issue);
  return { stance, actor, position, issue: issue?.type === 'issue' ? issue : null };
}

/** A line of the cell's context: a label, then what it names. */
function LabelledLine({
  className,
  label,
  children,
}: {
  className: string;
  label: ReactNode;
  children: ReactNode;
}) {
  return (
    <p className={className}>
      <span className="matrix-evidence__label">{label}</span> {children}
    </p>
  );
}

function CellEvidence({
  debate,
  stance,
  position,
  issue,
}: {
  debate: Debate;
  stance: Stance;
  position: PositionNode;
  issue: IssueNode | null;
}) {
  return (
    <div className="matrix-evidence">
      {issue && (
        <LabelledLine className="matrix-evidence__context" label={<Trans>Issue:</Trans>}>
          <DataText>{issue.question}</DataText>
        </LabelledLine>
      )}
      <LabelledLine className="matrix-evidence__position" label={<Trans>Position:</Trans>}>
        <DataText>{position.statement}</DataText>
      </LabelledLine>
      <p className="matrix-evidence__stance">
        <StanceBadge value={stance.stance} />
        {stance.summary && (
          <span>
            <DebateGlossaryText text={stance.summary} debate={debate} />
          </span>
        )}
      </p>
      <StanceBasis basis={stance.basis} note={stance.basisNote} />
      <h3 className="matrix-evidence__heading">
        <Trans>In their words</Trans>
      </h3>
      {stance.evidence.length > 0 ? (
        <EvidenceList evidence={sourcedEvidence(debate, stance.evidence)} />
      ) : (
        <p className="matrix-evidence__none">
          <Trans>No quote recorded.</Trans>
        </p>
      )}
    </div>
  );
}
