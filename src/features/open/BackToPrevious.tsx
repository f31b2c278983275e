import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { goBack } from './open-debate';
import './open.css';

const MAX_TITLE = 48;

function shortTitle(title: string): string {
  const chars = [...title.trim()];
  return chars.length > MAX_TITLE ? `${chars.slice(0, MAX_TITLE - 1).join('')}…` : chars.join('');
}

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
      <span aria-hidden="true">← </span>Back to <bdi>{shortTitle(previous.debate.meta.title)}</bdi>
    </button>
  );
}
