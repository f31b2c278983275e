import { Trans, useLingui } from '@lingui/react/macro';
import { OpenButton } from './OpenButton';
import './open.css';

/** What the page shows when no debate could be opened: never a blank screen. */
export function NothingOpen() {
  const { t } = useLingui();
  return (
    <section className="nothing-open card" aria-labelledby="nothing-open-title">
      <h2 id="nothing-open-title">
        <Trans>No debate is open</Trans>
      </h2>
      <p>
        <Trans>
          Open a debate file from your device, drop one anywhere on this page, or open the debate
          that comes with Stancemap.
        </Trans>
      </p>
      <p className="nothing-open__actions">
        <OpenButton label={t`Open a file`} />
        <a className="button nothing-open__link" href={window.location.pathname}>
          <Trans>Open the bundled debate</Trans>
        </a>
      </p>
    </section>
  );
}
