// The embed's header and footer, loaded on demand: the full app never downloads them,
// and in an embed they arrive while the debate is being fetched.
import { Trans } from '@lingui/react/macro';
import { useEffect, type ReactNode } from 'react';
import { provideActivationGate } from '../../graph/activation-gate-code';
import { attachActivationGate } from '../../graph/interaction/activation';
import { Legend } from '../../graph/svg/Legend';
import { useStateUrl } from '../../store/share-url';
import { CappedTitle } from '../../ui/CappedTitle';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { useAppStore } from '../../store/store-context';
import { postHeight, startResizeReporter } from './resize-reporter';
import './embed.css';

// The graph's activation gate comes with the chrome (fetched alongside it), which is
// here before the debate is: handed over now, it is in place for the first frame.
provideActivationGate(attachActivationGate);

/**
 * The title, where the debate came from (`notice`, from the app) right beside it, the
 * views when there is room (`views`), Share, and the way out: the same state in the full
 * app, in a new tab.
 */
export function EmbedHeader({
  views,
  notice,
  onShare,
}: {
  views?: ReactNode;
  notice?: ReactNode;
  onShare: () => void;
}) {
  const title = useAppStore((s) => s.debate?.meta.title);
  const fullAppUrl = useStateUrl(false);
  return (
    <header className="embed-header">
      {title ? (
        <CappedTitle title={title} className="embed-header__title" />
      ) : (
        <p className="embed-header__title">Stancemap</p>
      )}
      {notice}
      <div className="embed-header__tools">
        {title && views && <div className="embed-header__views">{views}</div>}
        {title && (
          <button type="button" className="button" onClick={onShare}>
            <Trans>Share</Trans>
          </button>
        )}
        <a className="embed-header__open" href={fullAppUrl} target="_blank" rel="noopener">
          <Trans>Open in Stancemap</Trans> <span aria-hidden="true">↗</span>
          <span className="visually-hidden">
            {' '}
            <Trans>(opens in a new tab)</Trans>
          </span>
        </a>
      </div>
    </header>
  );
}

/**
 * Always on screen: who made it and the data's licence, and the legend. (Where a debate
 * that did not ship with the app came from is shown by the app itself, with no wait.)
 * It also tells the host page the content's height whenever that changes.
 */
export function EmbedFooter() {
  const meta = useAppStore((s) => s.debate?.meta);
  useEffect(
    () => startResizeReporter(document.documentElement, (height) => postHeight(height)),
    [],
  );
  if (!meta) return null;
  const licence = meta.license ?? meta.title;
  return (
    <footer className="embed-footer">
      <p className="embed-footer__credits">
        {/* The title is the heading above; the licence is what a reuser needs. */}
        <Trans>Stancemap · data: {licence}</Trans>
      </p>
      <details className="embed-footer__legend">
        <summary>
          <Trans>Legend</Trans>
        </summary>
        <Legend />
      </details>
      <LanguagePicker className="embed-footer__language" />
    </footer>
  );
}
