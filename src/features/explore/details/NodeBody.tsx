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
  switch (node.type) {
    case 'actor': {
      const d = actorDetails(debate, node.id);
      return (
        d && (
          <WithCitations d={d}>
            <ActorBody d={d} onSelect={onSelect} />
          </WithCitations>
        )
      );
    }
    case 'position': {
      const d = positionDetails(debate, node.id);
      return (
        d && (
          <WithCitations d={d}>
            <PositionBody d={d} onSelect={onSelect} />
          </WithCitations>
        )
      );
    }
    case 'argument': {
      const d = argumentDetails(debate, node.id);
      return (
        d && (
          <WithCitations d={d}>
            <ArgumentBody d={d} onSelect={onSelect} />
          </WithCitations>
        )
      );
    }
    case 'issue': {
      const d = issueDetails(debate, node.id);
      return d && <IssueBody d={d} onSelect={onSelect} />;
    }
  }
}
