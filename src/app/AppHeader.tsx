import { SearchBox } from '../features/explore/SearchBox';
import { BackToPrevious } from '../features/open/BackToPrevious';
import { OpenButton } from '../features/open/OpenButton';
import { OfflineCopyNotice } from '../features/offline/OfflineCopyNotice';
import { SourceNotice } from '../ui/SourceNotice';
import { useAppStore } from '../store/store-context';
import { AppMenu } from './AppMenu';
import { StandButton, ViewSwitcher } from './ViewSwitcher';

/** Title, the debate picker when there are several, search, the views, and help. */
export function AppHeader({ onHelp, onShare }: { onHelp: () => void; onShare?: () => void }) {
  const debate = useAppStore((s) => s.debate);
  const library = useAppStore((s) => s.library);
  const debateSource = useAppStore((s) => s.debateSource);
  return (
    <header className="app__header">
      <div className="app__heading">
        <p className="app__brand">Stancemap</p>
        {debate && <h1 className="app__title">{debate.meta.title}</h1>}
        {debate && <SourceNotice source={debateSource} />}
        <OfflineCopyNotice shownTitle={debate?.meta.title} />
      </div>
      <div className="app__tools">
        {library.length > 1 && debate && debateSource.kind === 'bundled' && (
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
        {debate && <StandButton />}
        <BackToPrevious />
        <OpenButton />
        {debate && onShare && (
          <button type="button" className="button" onClick={onShare}>
            Share
          </button>
        )}
        {debate && <AppMenu onHelp={onHelp} />}
      </div>
    </header>
  );
}
