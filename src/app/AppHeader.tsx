import { Trans, useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { translationLanguage } from '../domain/translate';
import { SearchBox } from '../features/explore/SearchBox';
import { BackToPrevious } from '../features/open/BackToPrevious';
import { OpenButton } from '../features/open/OpenButton';
import { OfflineCopyNotice } from '../features/offline/OfflineCopyNotice';
import { StartTourButton } from '../features/present/StartTourButton';
import { CappedTitle } from '../ui/CappedTitle';
import { SourceNotice } from '../ui/SourceNotice';
import { PHONE, useMediaQuery } from '../ui/use-media-query';
import { useAppStore } from '../store/store-context';
import { datasetSearch } from '../store/url-state';
import { goToSearch } from '../lib/address-bar';
import { AppMenu } from './AppMenu';
import { StandButton, ViewSwitcher } from './ViewSwitcher';

// Only a debate shown in another language than it was written in has the notice: most
// first visits never need its code.
const TranslationNotice = lazy(() =>
  import('../features/open/TranslationNotice').then((m) => ({ default: m.TranslationNotice })),
);

function TranslationNoticeWhenTranslated() {
  const translated = useAppStore(
    (s) =>
      s.debate !== null &&
      s.textLanguage !== null &&
      translationLanguage(s.debate, s.textLanguage) !== null,
  );
  return translated ? (
    <Suspense fallback={null}>
      <TranslationNotice />
    </Suspense>
  ) : null;
}

/**
 * Title and where the debate came from, the guided tour, the debate picker when there
 * are several, search, the views, and help. On a phone it folds to a few short rows
 * (app.css): a one-line title, search, and the views in one row that scrolls sideways;
 * Open moves into the menu.
 */
export function AppHeader({ onHelp, onShare }: { onHelp: () => void; onShare?: () => void }) {
  const debate = useAppStore((s) => s.debate);
  const library = useAppStore((s) => s.library);
  const debateSource = useAppStore((s) => s.debateSource);
  const { t } = useLingui();
  // A phone's row of views, tour and "You?" has no room for Open: it is in the menu there.
  const phone = useMediaQuery(PHONE);
  return (
    <header className="app__header">
      <div className="app__heading">
        <p className="app__brand">Stancemap</p>
        {debate && <CappedTitle title={debate.meta.title} className="app__title" />}
        {debate && <SourceNotice source={debateSource} />}
        <TranslationNoticeWhenTranslated />
        <OfflineCopyNotice shownTitle={debate?.meta.title} />
        {debate && <StartTourButton />}
      </div>
      <div className="app__tools">
        {library.length > 1 && debate && debateSource.kind === 'bundled' && (
          <label className="app__picker">
            <span className="visually-hidden">{t`Debate`}</span>
            <select
              value={debate.meta.id}
              onChange={(e) => {
                goToSearch(datasetSearch(e.target.value));
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
        <div className="app__file">
          {debate && <StandButton />}
          <BackToPrevious />
          {!phone && <OpenButton />}
        </div>
        {debate && onShare && (
          <button type="button" className="button app__share" onClick={onShare}>
            <Trans>Share</Trans>
          </button>
        )}
        {debate && <AppMenu onHelp={onHelp} />}
      </div>
    </header>
  );
}
