// Lingui: the interface's messages in ICU form, extracted at build time into one
// catalogue per area and locale (src/locales/<locale>/<area>.po), so the three areas
// can be translated side by side without editing the same file.
// `I18N_AREA=app npx lingui extract --clean` extracts one area only (CONTRIBUTING.md).
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/** Which source folders feed which catalogue. */
export const AREAS = {
  app: [
    'src/main.tsx',
    'src/i18n',
    'src/app',
    'src/ui',
    'src/lib',
    'src/store',
    'src/graph',
    'src/features/embed',
    'src/features/present',
    'src/features/open',
    'src/features/offline',
  ],
  views: ['src/features/explore', 'src/domain'],
  // What the reader opens after the first screen (a selection's details, the timeline, the
  // menu, dialogs, the tour): downloaded with that code (runtime.ts withAreaMessages).
  later: [
    'src/app/AppMenuPanel.tsx',
    'src/app/exports.ts',
    'src/app/ShortcutsDialog.tsx',
    'src/features/open/EmptyDebateNotice.tsx',
    'src/features/present/TourPanel.tsx',
    'src/features/explore/details',
    'src/features/explore/DetailsPanel.tsx',
    'src/features/timeline',
    'src/features/share',
  ],
  // Downloaded with their views (src/app/MainView.tsx), not with the first screen.
  analysis: ['src/features/compare', 'src/features/matrix', 'src/features/arguments'],
  'stand-sources': ['src/features/stand', 'src/features/sources'],
  loader: ['src/loader'],
} as const;

export type Area = keyof typeof AREAS;

/** Other areas' paths that lie inside one of `include`'s folders. */
function nestedIn(include: readonly string[]): string[] {
  return Object.values(AREAS)
    .flat()
    .filter((path) => !include.includes(path) && include.some((dir) => path.startsWith(`${dir}/`)));
}

const only = process.env.I18N_AREA;
if (only !== undefined && !(only in AREAS))
  throw new Error(`I18N_AREA=${only}: not one of ${Object.keys(AREAS).join(', ')}`);

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'fr', 'nl', 'de', 'fa-AF'],
  // A message missing in a catalogue shows in English rather than as its id.
  fallbackLocales: { default: 'en' },
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  catalogs: Object.entries(AREAS)
    .filter(([area]) => only === undefined || area === only)
    .map(([area, include]) => ({
      path: `<rootDir>/src/locales/{locale}/${area}`,
      include: [...include],
      // A folder of one area inside another's (explore/details in explore) is its own.
      exclude: ['**/generated/**', ...nestedIn(include)],
    })),
  // Components read the language through a hook that also works outside the provider
  // (component tests render parts of the app alone).
  runtimeConfigModule: {
    i18n: ['@lingui/core', 'i18n'],
    useLingui: ['/src/i18n/use-lingui.tsx', 'useLingui'],
    Trans: ['/src/i18n/use-lingui.tsx', 'Trans'],
  },
});
