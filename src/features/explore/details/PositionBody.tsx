import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { PositionDetails, StanceGroup } from '../../../domain/details';
import { StanceBadge } from '../../../ui/StanceBadge';
import {
  BelowTheFold,
  FoldedList,
  LabelledName,
  NamesSection,
  NoneRecorded,
  Section,
  type BodyProps,
} from './DetailsParts';
import { StanceCard } from './StanceCard';

/** A position: its issue, who holds it by stance, and the arguments for and against. */
export function PositionBody({ d, onSelect }: BodyProps<PositionDetails>) {
  const { t } = useLingui();
  /** The line that unfolds the rest of a stance group: "3 more actors for". */
  const moreHolders = (count: number, value: StanceGroup['value']): string => {
    switch (value) {
      case 'for':
        return t`${plural(count, { one: '# more actor for', other: '# more actors for' })}`;
      case 'against':
        return t`${plural(count, { one: '# more actor against', other: '# more actors against' })}`;
      case 'conditional':
        return t`${plural(count, { one: '# more actor with conditions', other: '# more actors with conditions' })}`;
      case 'unclear':
        return t`${plural(count, { one: '# more actor with an unclear stance', other: '# more actors with an unclear stance' })}`;
    }
  };
  const stanceGroup = (group: StanceGroup) => (
    <div key={group.value} className="details__group">
      <h4 className="details__group-title">
        <StanceBadge value={group.value} />
      </h4>
      <FoldedList
        items={group.holders}
        more={(n) => moreHolders(n, group.value)}
        render={(held) => (
          <StanceCard key={held.actor.id} node={held.actor} held={held} onSelect={onSelect} />
        )}
      />
    </div>
  );
  // The first stance's cards fill the panel's first screen; the rest come just after.
  const [first, ...rest] = d.stanceGroups;
  return (
    <>
      <LabelledName label={t`Issue`} node={d.issue} onSelect={onSelect} />
      <Section title={t`Who holds it`}>
        {!first ? (
          <NoneRecorded>
            <Trans>No stances recorded.</Trans>
          </NoneRecorded>
        ) : (
          <>
            {stanceGroup(first)}
            <BelowTheFold>{rest.map(stanceGroup)}</BelowTheFold>
          </>
        )}
      </Section>
      <BelowTheFold>
        <NamesSection title={t`Arguments for`} nodes={d.argumentsFor} onSelect={onSelect} />
        <NamesSection title={t`Arguments against`} nodes={d.argumentsAgainst} onSelect={onSelect} />
      </BelowTheFold>
    </>
  );
}
