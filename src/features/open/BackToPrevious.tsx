import { Trans, useLingui } from '@lingui/react/macro';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { shortened } from '../../lib/shorten';
import { goBack } from './open-debate';
import './open.css';

const MAX_TITLE = 48;

const shortTitle = (title: string) => shortened(title.trim(), MAX_TITLE);

/** The way back after opening a debate: "Back to <the title that was on screen>". */
export function BackToPrevious() {
  const store = useAppStoreApi();
  const previous = useAppStore((s) => s.previous);
  const { t } = useLingui();
  if (!previous) return null;
  const fullTitle = previous.debate.meta.title;
  return (
    <button
      type="button"
      className="button open__back"
      title={t`Back to ${fullTitle}`}
      onClick={() => goBack(store)}
    >
      <span aria-hidden="true" className="open__back-arrow flip-rtl">
        ←
      </span>{' '}
      <Trans>
        Back to <bdi>{shortTitle(fullTitle)}</bdi>
      </Trans>
    </button>
  );
}
