// The inside of the header's menu: theme, language, downloads, a printable handout and
// the shortcuts. Its own chunk (AppMenu), since the first screen shows the menu closed.
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Debate } from '../domain/model';
import { withAreaMessages } from '../i18n/runtime';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { Download } from './exports';
import { ThemePicker } from './ThemePicker';
import { LanguagePicker } from '../ui/LanguagePicker';
import { PHONE, useMediaQuery } from '../ui/use-media-query';
import { OpenButton } from '../features/open/OpenButton';

const DOWNLOADS: [Download, MessageDescriptor][] = [
  ['graph-png', msg`Graph as PNG`],
  ['graph-svg', msg`Graph as SVG`],
  ['matrix-csv', msg`Stance matrix as CSV`],
  ['debate-json', msg`Debate as JSON`],
  ['debate-xlsx', msg`Debate as a spreadsheet (.xlsx)`],
  ['debate-argdown', msg`Debate as Argdown`],
  ['debate-kialo', msg`Debate as a Kialo outline`],
  ['debate-aif', msg`Debate as AIF JSON`],
  ['classroom-copy', msg`Classroom copy (works offline)`],
];

export function AppMenuPanel({ debate, onHelp }: { debate: Debate; onHelp: () => void }) {
  const store = useAppStoreApi();
  const graphShown = useAppStore((s) => s.view === 'graph' && !s.listMode);
  const [status, setStatus] = useState('');
  const { t } = useLingui();
  // The header's Open, on a phone (AppHeader).
  const phone = useMediaQuery(PHONE);

  const save = async (kind: Download) => {
    try {
      const { download } = await withAreaMessages('later', import('./exports'));
      setStatus(await download(kind, store.getState(), debate));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus(t`The download could not be made: ${reason}`);
    }
  };

  return (
    <div className="menu__panel">
      <LanguagePicker />
      <ThemePicker />
      <fieldset className="menu__group">
        <legend>
          <Trans>Download</Trans>
        </legend>
        {DOWNLOADS.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            disabled={kind.startsWith('graph') && !graphShown}
            onClick={() => void save(kind)}
          >
            {t(label)}
          </button>
        ))}
        {!graphShown && (
          <p className="menu__note">
            <Trans>Open the graph view to save it as a picture.</Trans>
          </p>
        )}
      </fieldset>
      {phone && <OpenButton label={t`Open a file`} />}
      <button type="button" onClick={() => window.print()}>
        <Trans>Print a handout</Trans>
      </button>
      <button type="button" onClick={onHelp}>
        <Trans>Keyboard shortcuts</Trans>
      </button>
      <p className="menu__status" role="status">
        {status}
      </p>
    </div>
  );
}
