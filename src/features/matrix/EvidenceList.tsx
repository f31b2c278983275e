// Verbatim quotes, each in a blockquote with its source and note. Small and
// self-contained so that it could move to ui/ and be shared with other views.
import type { SourcedEvidence } from '../../domain/details';

export function EvidenceList({ evidence }: { evidence: readonly SourcedEvidence[] }) {
  if (evidence.length === 0) return <p className="evidence__none">No quote recorded.</p>;
  return (
    <ul className="evidence">
      {evidence.map((e, i) => (
        <li key={i}>
          <figure className="evidence__item">
            <blockquote className="evidence__quote" cite={e.source?.url}>
              <p>{e.quote}</p>
            </blockquote>
            <figcaption className="evidence__source">
              <SourceCredit evidence={e} />
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

function SourceCredit({ evidence }: { evidence: SourcedEvidence }) {
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
