import { Trans } from '@lingui/react/macro';
import type { IssueDetails } from '../../../domain/details';
import type { IssueId } from '../../../domain/model';
import { useAppStoreApi } from '../../../store/store-context';
import { shareableOf } from '../../../store/url-state';
import {
  Glossed,
  HoldersByStance,
  NodeName,
  NoneRecorded,
  Section,
  type BodyProps,
} from './DetailsParts';

/** An issue: what it is about, and each of its positions with the actors holding it. */
export function IssueBody({ d, onSelect }: BodyProps<IssueDetails>) {
  return (
    <>
      {d.issue.summary && (
        <p className="details__summary">
          <Glossed text={d.issue.summary} />
        </p>
      )}
      <StandAction issue={d.issue.id} />
      {d.positions.length === 0 && (
        <NoneRecorded>
          <Trans>No positions recorded.</Trans>
        </NoneRecorded>
      )}
      {d.positions.map(({ position, stanceGroups }) => (
        <Section key={position.id} title={<NodeName node={position} onSelect={onSelect} />} card>
          <HoldersByStance groups={stanceGroups} onSelect={onSelect} />
        </Section>
      ))}
    </>
  );
}

/** Opens "Where do you stand?" on this issue: one move, so Back returns here. */
function StandAction({ issue }: { issue: IssueId }) {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="details__compare"
      onClick={() =>
        store.getState().applyShareable({ ...shareableOf(store.getState()), view: 'stand', issue })
      }
    >
      <Trans>Where do you stand on this?</Trans>
    </button>
  );
}
