/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import babel, { defineRolldownBabelPreset } from '@rolldown/plugin-babel';
import { lingui } from '@lingui/vite-plugin';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { serveDataFolder } from './scripts/vite-data-folder.ts';
import { CLASSROOM_COPY_MODE, classroomCopy } from './scripts/vite-classroom-copy.ts';
import { serviceWorker } from './scripts/vite-service-worker.ts';
import { framePolicy } from './scripts/vite-frame-policy.ts';
import { startHints } from './scripts/vite-start-hints.ts';

// Lingui's macros (t, plural, <Trans>) become message ids at build time; Babel runs only
// on the modules that import them. The lingui plugin compiles .po catalogues on import.
const linguiMacros = defineRolldownBabelPreset({
  preset: () => ({ plugins: ['@lingui/babel-plugin-lingui-macro'] }),
  rolldown: { filter: { code: /@lingui\/(?:core|react)\/macro/ } },
});
export const i18n = () => [babel({ presets: [linguiMacros] }), lingui()];

// The classroom copy's inner build (scripts/vite-classroom-copy.ts): the same app in one
// module with its style, for one file that runs from file://.
const singleFile = {
  modulePreload: false,
  cssCodeSplit: false,
  assetsInlineLimit: Number.MAX_SAFE_INTEGER,
  rolldownOptions: { output: { codeSplitting: false } },
};

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the build runs from any folder of any static host.
  base: './',
  plugins:
    mode === CLASSROOM_COPY_MODE
      ? [...i18n(), react()]
      : [
          ...i18n(),
          react(),
          serveDataFolder(),
          // The same setting the app reads as import.meta.env (src/features/open/config.ts).
          contentSecurityPolicy({ allowLoopback: process.env.VITE_ALLOW_LOOPBACK_DATA === '1' }),
          classroomCopy(),
          serviceWorker(),
          framePolicy(process.env.VITE_FRAMES),
          // A build that refuses the full app in frames preloads nothing: the preload would
          // fetch the debate for a framed full app that then only shows its notice.
          ...(process.env.VITE_FRAMES === 'embed-only' ? [] : [startHints()]),
        ],
  build: {
    target: 'es2022',
    sourcemap: process.env.STANCEMAP_SOURCEMAP === '1',
    reportCompressedSize: false,
    ...(mode === CLASSROOM_COPY_MODE && singleFile),
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    restoreMocks: true,
    // Property tests run 1,000 cases; a loaded two-core CI machine needs room.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/component.ts'],
        },
      },
    ],
  },
}));
