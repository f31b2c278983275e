import { Trans, useLingui } from '@lingui/react/macro';
import type { ArgumentDetails } from '../../../domain/details';
import {
  Glossed,
  LabelledName,
  NamesSection,
  NodeName,
  NoneRecorded,
  Section,
  type BodyProps,
} from './DetailsParts';
import { PanelEvidence } from './PanelCitations';

/** An argument: its issue, text, target, who makes it, its replies and its evidence. */
export function ArgumentBody({ d, onSelect }: BodyProps<ArgumentDetails>) {
  const { t } = useLingui();
  return (
    <>
      <LabelledName label={t`Issue`} node={d.issue} onSelect={onSelect} />
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
      <NamesSection
        title={t`Made by`}
        nodes={d.by}
        onSelect={onSelect}
        empty={t`No actor named in the sources`}
      />
      <NamesSection title={t`Supported by`} nodes={d.supportedBy} onSelect={onSelect} />
      <NamesSection title={t`Attacked by`} nodes={d.attackedBy} onSelect={onSelect} />
      <Section title={t`Evidence`}>
        <PanelEvidence evidence={d.evidence} />
      </Section>
    </>
  );
}
