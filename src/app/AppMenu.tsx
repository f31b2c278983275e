// The header's menu: theme, downloads, a printable handout and the shortcuts.
import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { Download } from './exports';
import { ThemePicker } from './ThemePicker';

const DOWNLOADS: [Download, string][] = [
  ['graph-png', 'Graph as PNG'],
  ['graph-svg', 'Graph as SVG'],
  ['matrix-csv', 'Stance matrix as CSV'],
  ['debate-json', 'Debate as JSON'],
  ['debate-xlsx', 'Debate as a spreadsheet (.xlsx)'],
  ['debate-argdown', 'Debate as Argdown'],
  ['debate-kialo', 'Debate as a Kialo outline'],
  ['debate-aif', 'Debate as AIF JSON'],
  ['classroom-copy', 'Classroom copy (works offline)'],
];

export function AppMenu({ onHelp }: { onHelp: () => void }) {
  const store = useAppStoreApi();
  const debate = useAppStore((s) => s.debate);
  const graphShown = useAppStore((s) => s.view === 'graph' && !s.listMode);
  const [status, setStatus] = useState('');
  if (!debate) return null;

  const save = async (kind: Download) => {
    try {
      const { download } = await import('./exports');
      setStatus(await download(kind, store.getState(), debate));
    } catch (error) {
      setStatus(
        `The download could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <details className="menu">
      <summary className="button">Menu</summary>
      <div className="menu__panel">
        <ThemePicker />
        <fieldset className="menu__group">
          <legend>Download</legend>
          {DOWNLOADS.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              disabled={kind.startsWith('graph') && !graphShown}
              onClick={() => void save(kind)}
            >
              {label}
            </button>
          ))}
          {!graphShown && (
            <p className="menu__note">Open the graph view to save it as a picture.</p>
          )}
        </fieldset>
        <button type="button" onClick={() => window.print()}>
          Print a handout
        </button>
        <button type="button" onClick={onHelp}>
          Keyboard shortcuts
        </button>
        <p className="menu__status" role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
