import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { readStored, writeStored } from '../lib/safe-storage';
import type { Theme } from '../store/app-store';
import { useAppStore } from '../store/store-context';

export const THEME_STORAGE_KEY = 'stancemap:theme';

const THEME_LABELS: [Theme | '', MessageDescriptor][] = [
  ['', msg`Automatic`],
  ['light', msg`Light`],
  ['dark', msg`Dark`],
  ['contrast', msg`Projector (high contrast)`],
];

/** The theme this reader chose last time, if storage allows and it is still a theme. */
export function storedTheme(): Theme | null {
  const stored = readStored(THEME_STORAGE_KEY);
  return THEME_LABELS.some(([value]) => value && value === stored) ? (stored as Theme) : null;
}

/** Applies the theme to the page, and remembers a reader's choice where storage allows. */
export function useTheme() {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}

export function ThemePicker() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const { t } = useLingui();
  return (
    <label className="menu__field">
      <span>{t`Theme`}</span>
      <select
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
      </select>
    </label>
  );
}
