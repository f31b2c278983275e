// The theme on the page: the reader's stored choice, read once at start-up, and the
// store's theme applied to <html> (ThemePicker.tsx is the control that sets it).
import { useEffect } from 'react';
import { readStored } from '../lib/safe-storage';
import { THEMES, type Theme } from '../store/shareable';
import { useAppStore } from '../store/store-context';

export const THEME_STORAGE_KEY = 'stancemap:theme';

/** The theme this reader chose last time, if storage allows and it is still a theme. */
export function storedTheme(): Theme | null {
  const stored = readStored(THEME_STORAGE_KEY);
  return THEMES.find((theme) => theme === stored) ?? null;
}

/** Applies the store's theme to the page (none: the system's light or dark). */
export function useTheme() {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}
