/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { serveDataFolder } from './scripts/vite-data-folder.ts';

export default defineConfig({
  // Relative asset paths: the build runs from any folder of any static host.
  base: './',
  plugins: [
    react(),
    serveDataFolder(),
    // The same setting the app reads as import.meta.env (src/features/open/config.ts).
    contentSecurityPolicy({ allowLoopback: process.env.VITE_ALLOW_LOOPBACK_DATA === '1' }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
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
});
