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
  if (!previous) return null;
  return (
    <button
      type="button"
      className="button open__back"
      title={`Back to ${previous.debate.meta.title}`}
      onClick={() => goBack(store)}
    >
      <span className="flip-rtl" aria-hidden="true">
        ←
      </span>{' '}
      Back to <bdi>{shortTitle(previous.debate.meta.title)}</bdi>
    </button>
  );
}
