// @ts-check
// Lint, and the architecture's import boundaries (docs: shared design, architecture):
// only graph/ imports d3, only store/ imports zustand, domain/ stays pure, and
// features do not import each other.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const d3 = {
  group: ['d3', 'd3-*'],
  message: 'Only src/graph/ imports d3: use the graph module’s API instead.',
};
const zustand = {
  group: ['zustand', 'zustand/*'],
  message: 'Only src/store/ imports zustand: use the hooks from src/store/.',
};
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'src/domain/ and src/loader/ are plain TypeScript, with no React.',
};
const upward = (...folders) => ({
  group: folders.map((f) => `**/${f}/*`),
  message: `This layer may not import from ${folders.join(', ')}.`,
});
// Read from the folder, so a new feature is fenced in without editing this list.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const otherFeatures = {
  message: 'Features do not import each other: move shared code to ui/, domain/ or lib/.',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'src/loader/generated', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [d3, zustand] }],
    },
  },
  {
    files: ['src/graph/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [zustand, upward('features', 'app')] }],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [d3, upward('features', 'app', 'graph', 'ui')] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            d3,
            zustand,
            react,
            upward('loader', 'store', 'graph', 'features', 'ui', 'app'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/loader/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [d3, zustand, react, upward('store', 'graph', 'features', 'ui', 'app')] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [d3, zustand, upward('store', 'features', 'app')] },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            d3,
            zustand,
            upward('domain', 'loader', 'store', 'graph', 'features', 'ui', 'app'),
          ],
        },
      ],
    },
  },
  // Each feature folder may not reach into a sibling feature: neither as `../other/…`
  // nor by a deeper path through the features folder (`../../features/other/…`).
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            d3,
            zustand,
            { regex: '^\\.\\./(?!\\.\\.)', ...otherFeatures },
            { regex: `(^|/)features/(?!${feature}(/|$))`, ...otherFeatures },
            upward('app'),
          ],
        },
      ],
    },
  })),
  // Hot reload keeps a component's state only when its module exports components alone.
  { files: ['src/**/*.tsx'], ...reactRefresh.configs.vite() },
);
