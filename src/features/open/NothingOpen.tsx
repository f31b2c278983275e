import { OpenButton } from './OpenButton';
import './open.css';

/** What the page shows when no debate could be opened: never a blank screen. */
export function NothingOpen() {
  return (
    <section className="nothing-open card" aria-labelledby="nothing-open-title">
      <h2 id="nothing-open-title">No debate is open</h2>
      <p>
        Open a debate file from your device, drop one anywhere on this page, or open the debate that
        comes with Stancemap.
      </p>
      <p className="nothing-open__actions">
        <OpenButton label="Open a file" />
        <a className="button nothing-open__link" href={window.location.pathname}>
          Open the bundled debate
        </a>
      </p>
    </section>
  );
}
