// Every module the app loads on demand (React.lazy or import()), as paths below src/.
// Component tests load them all before they start (tests/setup/component.ts), so a lazy
// view then appears within Testing Library's one-second wait however slowly a loaded
// machine compiles it. tests/unit/lazy-chunks.test.ts fails when this list misses one.
export const LAZY_CHUNKS = [
  'app/exports.ts',
  'features/arguments/ArgumentsView.tsx',
  'features/compare/CompareView.tsx',
  'features/embed/EmbedChrome.tsx',
  'features/explore/DetailsPanel.tsx',
  'features/matrix/MatrixView.tsx',
  'features/open/ProblemsDialog.tsx',
  'features/share/ShareDialog.tsx',
  'features/sources/SourcesView.tsx',
  'features/timeline/TimelineView.tsx',
  'graph/canvas/CanvasGraphView.tsx',
  'graph/interaction/activation.ts',
  'loader/load-debate.ts',
  'ui/GlossaryText.tsx',
] as const;

/** Loads every lazy chunk now, so that later `import()`s resolve from the module cache. */
export async function preloadLazyChunks(): Promise<void> {
  // A path from the project root, as Vite resolves it.
  await Promise.all(LAZY_CHUNKS.map((path) => import(/* @vite-ignore */ `/src/${path}`)));
}
