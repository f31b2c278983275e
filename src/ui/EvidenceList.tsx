// Evidence as the app shows it everywhere: the verbatim quote, its source (a link only
// when the source has one, which the loader guarantees is http: or https:), and any note.
// Imported debates may have no evidence, or a source without a quote: that is said, in
// the place the evidence would be, never hidden.
import type { ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { SourcedEvidence } from '../domain/lookups';
import './evidence.css';
import { DataText } from './DataText';
import { ExternalLink } from './ExternalLink';

/** Said where evidence would be when there is none. */
export function NoSourceGiven() {
  return (
    <p className="evidence-none">
      <Trans>No source given.</Trans>
    </p>
  );
}

/**
 * `cite`, when given, replaces the full source line under each quote (a panel that lists
 * its sources once cites them by number).
 */
export function EvidenceList({
  evidence,
  cite,
}: {
  evidence: readonly SourcedEvidence[];
  cite?: (evidence: SourcedEvidence) => ReactNode;
}) {
  if (evidence.length === 0) return <NoSourceGiven />;
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) => (
        <li key={i}>
          <figure className="evidence">
            {e.quote ? (
              <blockquote className="evidence__quote" cite={e.source?.url}>
                <p>{e.quote}</p>
              </blockquote>
            ) : (
              <p className="evidence-none">
                <Trans>No quote given.</Trans>
              </p>
            )}
            <figcaption className="evidence__source">
              {cite ? cite(e) : <SourceCredit evidence={e} />}
            </figcaption>
            {e.note && (
              <p className="evidence__note">
                <span className="evidence__label">
                  <Trans>Note:</Trans>
                </span>{' '}
                {e.note}
              </p>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}

/** The evidence folded away under "Evidence (n)"; "No source given" when there is none. */
export function EvidenceDetails({
  evidence,
  className,
}: {
  evidence: readonly SourcedEvidence[];
  className: string;
}) {
  const { t } = useLingui();
  if (evidence.length === 0) return <NoSourceGiven />;
  return (
    <details className={className}>
      <summary>{t`Evidence (${evidence.length})`}</summary>
      <EvidenceList evidence={evidence} />
    </details>
  );
}

export function SourceCredit({ evidence }: { evidence: SourcedEvidence }) {
  const { source } = evidence;
  if (!source) return <cite>{evidence.sourceId}</cite>;
  const title = source.url ? (
    <ExternalLink href={source.url}>
      <DataText>{source.title}</DataText>
    </ExternalLink>
  ) : (
    <cite>
      <DataText>{source.title}</DataText>
    </cite>
  );
  return (
    <>
      <span aria-hidden="true">— </span>
      {title}
      {source.publisher && (
        <>
          , <DataText>{source.publisher}</DataText>
        </>
      )}
      {source.date && <>, {source.date}</>}
    </>
  );
}
