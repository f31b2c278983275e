import { Trans, useLingui } from '@lingui/react/macro';
import type { ActorDetails } from '../../../domain/details';
import type { ActorNode } from '../../../domain/model';
import { mostOpposed } from '../../../domain/comparison';
import { DataText } from '../../../ui/DataText';
import { useAppStore } from '../../../store/store-context';
import { isolated } from '../../../lib/isolated';
import {
  Glossed,
  Labelled,
  LabelledName,
  NameList,
  NamesSection,
  NodeName,
  NoneRecorded,
  Section,
  type BodyProps,
} from './DetailsParts';
import { StanceCard } from './StanceCard';

/** An actor: who it is, what it belongs to, its stances by issue, its arguments and events. */
export function ActorBody({ d, onSelect }: BodyProps<ActorDetails>) {
  const { t } = useLingui();
  return (
    <>
      {d.actor.summary && (
        <p className="details__summary">
          <Glossed text={d.actor.summary} />
        </p>
      )}
      <CompareAction actor={d.actor} />
      <LabelledName label={t`Member of`} node={d.memberOf} onSelect={onSelect} />
      {d.members.length > 0 && (
        <Labelled label={t`Members`}>
          <NameList nodes={d.members} onSelect={onSelect} inline />
        </Labelled>
      )}

      {d.stancesByIssue.length === 0 && (
        <NoneRecorded>
          <Trans>No stances recorded.</Trans>
        </NoneRecorded>
      )}
      {d.stancesByIssue.map(({ issue, stances }) => (
        <Section key={issue.id} title={<NodeName node={issue} onSelect={onSelect} />}>
          <ul className="details__cards">
            {stances.map((held) => (
              <StanceCard
                key={held.position.id}
                node={held.position}
                held={held}
                showStance
                onSelect={onSelect}
              />
            ))}
          </ul>
        </Section>
      ))}

      <NamesSection title={t`Arguments it makes`} nodes={d.arguments} onSelect={onSelect} />

      <Section title={t`Events`}>
        {d.events.length === 0 ? (
          <NoneRecorded>
            <Trans>None recorded.</Trans>
          </NoneRecorded>
        ) : (
          <ul className="details__events">
            {d.events.map((event) => (
              <li key={event.id}>
                <time dateTime={event.date} className="details__date">
                  {event.date}
                </time>{' '}
                <span className="details__event-title">
                  <DataText>{event.title}</DataText>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** Starts a comparison of this actor with the one that disagrees with it most. */
function CompareAction({ actor }: { actor: ActorNode }) {
  const { t } = useLingui();
  const debate = useAppStore((s) => s.debate);
  const startComparison = useAppStore((s) => s.startComparison);
  if (!debate) return null;
  const opposite = mostOpposed(debate, actor.id);
  const name = opposite ? isolated(opposite.shortLabel) : '';
  return (
    <button
      type="button"
      className="details__compare"
      onClick={() => startComparison(opposite ? [actor.id, opposite.id] : [actor.id])}
    >
      {opposite ? t`Compare with ${name}` : t`Compare with others`}
    </button>
  );
}
