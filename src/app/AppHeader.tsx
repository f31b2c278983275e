import { SearchBox } from '../features/explore/SearchBox';
import { useAppStore } from '../store/store-context';
import { ViewSwitcher } from './ViewSwitcher';

/** Title, the debate picker when there are several, search, the views, and help. */
export function AppHeader({ onHelp }: { onHelp: () => void }) {
  const debate = useAppStore((s) => s.debate);
  const library = useAppStore((s) => s.library);
  return (
    <header className="app__header">
      <div className="app__heading">
        <p className="app__brand">Stancemap</p>
        {debate && <h1 className="app__title">{debate.meta.title}</h1>}
      </div>
      <div className="app__tools">
        {library.length > 1 && debate && (
          <label className="app__picker">
            <span className="visually-hidden">Debate</span>
            <select
              value={debate.meta.id}
              onChange={(e) => {
                const params = new URLSearchParams({ dataset: e.target.value });
                window.location.search = params.toString();
              }}
            >
              {library.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {debate && <SearchBox />}
        {debate && <ViewSwitcher />}
        <button
          type="button"
          className="button button--quiet"
          onClick={onHelp}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
      </div>
    </header>
  );
}
