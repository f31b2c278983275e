import type { SourcedStance } from '../../../domain/details';
import type { DebateNode } from '../../../domain/model';
import { StanceBadge } from '../../../ui/StanceBadge';
import { StanceBasis } from '../../../ui/StanceBasis';
import { Glossed, NodeName, type OnSelect } from './DetailsParts';
import { PanelEvidence } from './PanelCitations';

/** One stance as a card: what is held or who holds it, its summary, the quotes behind it. */
export function StanceCard({
  node,
  held: { stance, evidence },
  showStance = false,
  onSelect,
}: {
  node: DebateNode;
  held: SourcedStance;
  showStance?: boolean;
  onSelect: OnSelect;
}) {
  return (
    <li className="details__card">
      <div className="details__card-head">
        <NodeName node={node} onSelect={onSelect} />
        {showStance && <StanceBadge value={stance.stance} />}
      </div>
      {stance.summary && (
        <p>
          <Glossed text={stance.summary} />
        </p>
      )}
      <StanceBasis basis={stance.basis} note={stance.basisNote} folded />
      <PanelEvidence evidence={evidence} />
    </li>
  );
}
