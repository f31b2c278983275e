// The panel's quotes and sources: each card cites its quotes by number, repeats fold
// away, and the full line of every quoted source appears once, at the panel's end.
import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { SourcedEvidence } from '../../../domain/lookups';
import { EvidenceList, SourceCredit } from '../../../ui/EvidenceList';
import {
  laterRepeats,
  numberSources,
  panelEvidence,
  shortSourceName,
  type Citations,
  type PanelDetails,
} from './citation-numbers';
import { Section } from './DetailsParts';

const CitationsContext = createContext<Citations>(new Map());
/** Each later card still lists a repeated quote, folded, so nothing is out of reach. */
const RepeatsContext = createContext<ReadonlySet<SourcedEvidence>>(new Set());

/** Numbers the sources of everything inside, and lists them once after it. */
export function WithCitations({ d, children }: { d: PanelDetails; children: ReactNode }) {
  const evidence = useMemo(() => panelEvidence(d), [d]);
  const citations = useMemo(() => numberSources(evidence), [evidence]);
  const repeats = useMemo(() => laterRepeats(evidence), [evidence]);
  return (
    <CitationsContext value={citations}>
      <RepeatsContext value={repeats}>
        {children}
        <PanelSources />
      </RepeatsContext>
    </CitationsContext>
  );
}

/** Every source this panel quotes, once, in full. */
function PanelSources() {
  const citations = useContext(CitationsContext);
  if (citations.size === 0) return null;
  return (
    <Section title={<Trans>Sources</Trans>}>
      <ol className="details__sources">
        {[...citations.values()].map(({ number, evidence }) => (
          <li key={number} value={number}>
            <SourceCredit evidence={evidence} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

/**
 * The quotes of one card, cited by number: the first new one in full; the others, and
 * any quote the panel already showed above, folded under one line that says how many.
 */
export function PanelEvidence({ evidence }: { evidence: readonly SourcedEvidence[] }) {
  const { t } = useLingui();
  const citations = useContext(CitationsContext);
  const repeats = useContext(RepeatsContext);
  const cite = (e: SourcedEvidence) => {
    const number = citations.get(e.sourceId)?.number;
    return (
      <span title={e.source?.title}>
        <span aria-hidden="true">— </span>
        {number !== undefined && <span className="details__ref">[{number}]</span>}{' '}
        {shortSourceName(e)}
      </span>
    );
  };
  // No evidence at all is said in place ("No source given").
  if (evidence.length === 0) return <EvidenceList evidence={evidence} />;
  const fresh = evidence.filter((e) => !repeats.has(e));
  const shown = fresh.slice(0, 1);
  const more = fresh.slice(shown.length);
  const again = evidence.filter((e) => repeats.has(e));
  const moreCount = more.length;
  const againCount = again.length;
  return (
    <>
      {shown.length > 0 && <EvidenceList evidence={shown} cite={cite} />}
      {moreCount > 0 && (
        <details className="details__more">
          <summary>{t`${plural(moreCount, { one: '# more quote', other: '# more quotes' })}`}</summary>
          <EvidenceList evidence={more} cite={cite} />
        </details>
      )}
      {againCount > 0 && (
        <details className="details__more">
          <summary>
            {t`${plural(againCount, { one: 'The same quote as above', other: '# of the quotes above' })}`}{' '}
            {[...new Set(again.map((e) => citations.get(e.sourceId)?.number))]
              .filter((n) => n !== undefined)
              .map((n) => `[${n}]`)
              .join(' ')}
          </summary>
          <EvidenceList evidence={again} cite={cite} />
        </details>
      )}
    </>
  );
}
