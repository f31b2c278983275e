import { Trans, useLingui } from '@lingui/react/macro';
import type { ArgumentDetails } from '../../../domain/details';
import {
  Glossed,
  Labelled,
  NameList,
  NodeName,
  NoneRecorded,
  Section,
  type OnSelect,
} from './DetailsParts';
import { PanelEvidence } from './PanelCitations';

/** An argument: its issue, text, target, who makes it, its replies and its evidence. */
export function ArgumentBody({ d, onSelect }: { d: ArgumentDetails; onSelect: OnSelect }) {
  const { t } = useLingui();
  return (
    <>
      {d.issue && (
        <Labelled label={t`Issue`}>
          <NodeName node={d.issue} onSelect={onSelect} />
        </Labelled>
      )}
      {d.argument.text && (
        <p className="details__text">
          <Glossed text={d.argument.text} />
        </p>
      )}
      <Section title={d.relation === 'supports' ? t`Supports` : t`Attacks`}>
        {d.target ? (
          <p className="details__target">
            <NodeName node={d.target} onSelect={onSelect} />{' '}
            <span className="details__kind">
              {d.target.type === 'position' ? t`position` : t`argument`}
            </span>
          </p>
        ) : (
          <NoneRecorded>
            <Trans>Unknown target.</Trans>
          </NoneRecorded>
        )}
      </Section>
      <Section title={t`Made by`}>
        <NameList nodes={d.by} onSelect={onSelect} empty={t`No actor named in the sources`} />
      </Section>
      <Section title={t`Supported by`}>
        <NameList nodes={d.supportedBy} onSelect={onSelect} empty={t`None recorded.`} />
      </Section>
      <Section title={t`Attacked by`}>
        <NameList nodes={d.attackedBy} onSelect={onSelect} empty={t`None recorded.`} />
      </Section>
      <Section title={t`Evidence`}>
        <PanelEvidence evidence={d.evidence} />
      </Section>
    </>
  );
}
