import { useMemo } from 'react';
import {
  actorDetails,
  argumentDetails,
  issueDetails,
  positionDetails,
} from '../../../domain/details';
import type { Debate, DebateNode } from '../../../domain/model';
import { ActorBody } from './ActorBody';
import { ArgumentBody } from './ArgumentBody';
import type { OnSelect } from './DetailsParts';
import { IssueBody } from './IssueBody';
import { PositionBody } from './PositionBody';
import { WithCitations } from './PanelCitations';

/** A node's details, worked out from the debate (the body's props; the same until either changes). */
function detailsOf(debate: Debate, node: DebateNode) {
  switch (node.type) {
    case 'actor':
      return { type: node.type, d: actorDetails(debate, node.id) } as const;
    case 'position':
      return { type: node.type, d: positionDetails(debate, node.id) } as const;
    case 'argument':
      return { type: node.type, d: argumentDetails(debate, node.id) } as const;
    case 'issue':
      return { type: node.type, d: issueDetails(debate, node.id) } as const;
  }
}

/** The body for the node's type; every one but the issue's cites its quotes' sources. */
export function NodeBody({
  debate,
  node,
  onSelect,
}: {
  debate: Debate;
  node: DebateNode;
  onSelect: OnSelect;
}) {
  // Kept while the node and debate are: the panel re-renders (a new language, a
  // selection's neighbour) and the citations and folded cards below memoise on these.
  const details = useMemo(() => detailsOf(debate, node), [debate, node]);
  if (!details.d) return null;
  if (details.type === 'issue') return <IssueBody d={details.d} onSelect={onSelect} />;
  return (
    <WithCitations d={details.d}>
      {details.type === 'actor' ? (
        <ActorBody d={details.d} onSelect={onSelect} />
      ) : details.type === 'position' ? (
        <PositionBody d={details.d} onSelect={onSelect} />
      ) : (
        <ArgumentBody d={details.d} onSelect={onSelect} />
      )}
    </WithCitations>
  );
}
