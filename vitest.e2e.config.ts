import { defineConfig } from 'vitest/config';
import { i18n } from './vite.config';

// Browser tests: playwright-core drives Chromium against the built app (npm run build first).
export default defineConfig({
  // Tests import domain code whose reader texts are Lingui messages.
  plugins: i18n(),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: a few browsers at once, not one per file.
    maxWorkers: 2,
  },
});
