import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';

/**
 * A link out of the app, opened in a new tab that says so to screen readers. Only for
 * addresses the loader has checked (http: and https: only), so the link is safe to follow.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden">
        {' '}
        <Trans>(opens in a new tab)</Trans>
      </span>
    </a>
  );
}
