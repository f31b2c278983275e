// Provenance, shown wherever a debate is: a debate that did not ship with the app says
// where it came from, so nobody can pass off a made-up debate under a publisher's page
// (url-and-embed.md). Reusable by every mode's header (explore, embed, present).
import { Trans } from '@lingui/react/macro';
import type { DebateSource } from '../loader/debate-source';
import './source-notice.css';

export function SourceNotice({
  source,
  className = '',
}: {
  source: DebateSource;
  className?: string;
}) {
  if (source.kind === 'bundled') return null;
  return (
    <p
      className={`source-notice ${className}`.trim()}
      data-source-kind={source.kind}
      title={source.kind === 'url' ? source.url : undefined}
    >
      <svg className="source-notice__mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="8" />
        <rect x="7" y="3.5" width="2" height="6" rx="1" fill="var(--surface)" />
        <circle cx="8" cy="12" r="1.2" fill="var(--surface)" />
      </svg>
      {source.kind === 'url' ? (
        <span>
          <Trans>
            Loaded from <strong className="source-notice__where">{source.host}</strong> — not a
            bundled debate
          </Trans>
        </span>
      ) : (
        <span>
          <Trans>
            Opened from your file <strong className="source-notice__where">{source.name}</strong> —
            not a bundled debate
          </Trans>
        </span>
      )}
    </p>
  );
}
