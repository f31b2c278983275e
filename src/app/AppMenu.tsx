// The header's menu: theme, downloads, a printable handout and the shortcuts.
import { Trans } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { withAreaMessages } from '../i18n/runtime';
import { useAppStore } from '../store/store-context';

// The first screen shows the menu closed: what it holds downloads just after, not before.
const AppMenuPanel = lazy(() =>
  withAreaMessages('later', import('./AppMenuPanel')).then((m) => ({ default: m.AppMenuPanel })),
);

export function AppMenu({ onHelp }: { onHelp: () => void }) {
  const debate = useAppStore((s) => s.debate);
  if (!debate) return null;
  return (
    <details className="menu">
      <summary className="button">
        <Trans>Menu</Trans>
      </summary>
      <Suspense fallback={null}>
        <AppMenuPanel debate={debate} onHelp={onHelp} />
      </Suspense>
    </details>
  );
}
