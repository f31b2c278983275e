// Every module the app loads on demand (React.lazy or import()), as paths below src/.
// Component tests load them all before they start (tests/setup/component.ts), so a lazy
// view then appears within Testing Library's one-second wait however slowly a loaded
// machine compiles it. tests/unit/lazy-chunks.test.ts fails when this list misses one.
export const LAZY_CHUNKS = [
  'app/AppMenuPanel.tsx',
  'app/ShortcutsDialog.tsx',
  'app/exports.ts',
  'app/framed-refusal.ts',
  'features/arguments/ArgumentsView.tsx',
  'features/compare/CompareView.tsx',
  'features/embed/EmbedChrome.tsx',
  'features/explore/DetailsPanel.tsx',
  'features/matrix/MatrixView.tsx',
  'features/open/EmptyDebateNotice.tsx',
  'features/open/LoadProblems.tsx',
  'features/open/ProblemsDialog.tsx',
  'features/open/TranslationNotice.tsx',
  'features/present/TourPanel.tsx',
  'features/share/ShareDialog.tsx',
  'features/sources/SourcesView.tsx',
  'features/stand/StandView.tsx',
  'features/timeline/TimelineView.tsx',
  'graph/canvas/CanvasGraphView.tsx',
  'graph/interaction/activation.ts',
  'graph/interaction/node-drag.ts',
  'graph/interaction/zoom-gestures.ts',
  'graph/rows-layout.ts',
  'loader/export/aif-writer.ts',
  'loader/export/argdown-writer.ts',
  'loader/export/kialo-writer.ts',
  'loader/export/to-sheets.ts',
  'loader/export/xlsx-writer.ts',
  'loader/import/aif.ts',
  'loader/import/argdown.ts',
  'loader/import/door.ts',
  'loader/import/kialo.ts',
  'loader/import/spreadsheet/import-spreadsheet.ts',
  'loader/load-debate.ts',
  'loader/off-thread-check.ts',
  'ui/GlossaryText.tsx',
] as const;

/** Loads every lazy chunk now, so that later `import()`s resolve from the module cache. */
export async function preloadLazyChunks(): Promise<void> {
  // A path from the project root, as Vite resolves it.
  await Promise.all(LAZY_CHUNKS.map((path) => import(/* @vite-ignore */ `/src/${path}`)));
}
