// Evidence as the app shows it everywhere: the verbatim quote, its source (a link only
// when the source has one, which the loader guarantees is http: or https:), and any note.
import type { ReactNode } from 'react';
import type { SourcedEvidence } from '../domain/details';
import './evidence.css';

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
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) => (
        <li key={i}>
          <figure className="evidence">
            <blockquote className="evidence__quote" cite={e.source?.url}>
              <p>{e.quote}</p>
            </blockquote>
            <figcaption className="evidence__source">
              {cite ? cite(e) : <SourceCredit evidence={e} />}
            </figcaption>
            {e.note && (
              <p className="evidence__note">
                <span className="evidence__label">Note:</span> {e.note}
              </p>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}

/** The evidence folded away under "Evidence (n)"; nothing when there is none. */
export function EvidenceDetails({
  evidence,
  className,
}: {
  evidence: readonly SourcedEvidence[];
  className: string;
}) {
  if (evidence.length === 0) return null;
  return (
    <details className={className}>
      <summary>Evidence ({evidence.length})</summary>
      <EvidenceList evidence={evidence} />
    </details>
  );
}

export function SourceCredit({ evidence }: { evidence: SourcedEvidence }) {
  const { source } = evidence;
  if (!source) return <cite>{evidence.sourceId}</cite>;
  const title = source.url ? (
    // The loader accepts only http: and https: addresses, so the link is safe to follow.
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  ) : (
    <cite>{source.title}</cite>
  );
  return (
    <>
      <span aria-hidden="true">— </span>
      {title}
      {source.publisher && <>, {source.publisher}</>}
      {source.date && <>, {source.date}</>}
    </>
  );
}
