import { writeStored } from '../lib/safe-storage';
import type { Theme } from '../store/app-store';
import { useAppStore } from '../store/store-context';
import { THEME_STORAGE_KEY } from './theme';

const THEME_LABELS: [Theme | '', string][] = [
  ['', 'Automatic'],
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['contrast', 'Projector (high contrast)'],
];

export function ThemePicker() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <label className="menu__field">
      <span>Theme</span>
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
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
