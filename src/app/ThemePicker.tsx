// The theme menu in the header. The choice is kept in the browser's storage (theme.ts
// reads it at start) so a projector's contrast theme survives a reload; "Automatic"
// stores nothing and follows the system's light or dark setting.
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { LabelledSelect } from '../ui/LabelledSelect';
import { writeStored } from '../lib/safe-storage';
import type { Theme } from '../store/app-store';
import { useAppStore } from '../store/store-context';
import { THEME_STORAGE_KEY } from './theme';

const THEME_LABELS: [Theme | '', MessageDescriptor][] = [
  ['', msg`Automatic`],
  ['light', msg`Light`],
  ['dark', msg`Dark`],
  ['contrast', msg`Projector (high contrast)`],
];

export function ThemePicker() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const { t } = useLingui();
  return (
    <LabelledSelect
      className="menu__field"
      label={t`Theme`}
      value={theme ?? ''}
      onChange={(e) => {
        const chosen = (e.target.value || null) as Theme | null;
        setTheme(chosen);
        writeStored(THEME_STORAGE_KEY, chosen);
      }}
    >
      {THEME_LABELS.map(([value, label]) => (
        <option key={value} value={value}>
          {t(label)}
        </option>
      ))}
    </LabelledSelect>
  );
}
