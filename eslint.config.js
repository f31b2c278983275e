// @ts-check
// Lint, and the architecture's import boundaries (docs: shared design, architecture):
// only graph/ imports d3, only store/ imports zustand, domain/ stays pure, and
// features do not import each other.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import globals from 'globals';
import pluginLingui from 'eslint-plugin-lingui';
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
// What domain/ and loader/ may not import: they are plain TypeScript.
const plainTypeScript = [d3, zustand, react];
const upward = (...folders) => ({
  group: folders.map((f) => `**/${f}/*`),
  message: `This layer may not import from ${folders.join(', ')}.`,
});
// Read from the folder, so a new feature is fenced in without editing this list.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// Every string a reader sees goes through Lingui (t``, <Trans>, msg``; issue 15). The
// loader writes its messages as `/*i18n*/ { id, message }` descriptors instead
// (src/loader/problems.ts), which this rule cannot read; the catalogue test checks them.
const UNLOCALIZED_ELSEWHERE = ['src/loader/**'];
// Strings the rule cannot tell from text: SVG paths and transforms, key names, HTML.
const CODE_TEXT = [
  'src/graph/node-style.ts',
  'src/graph/interaction/view-transform.ts',
  'src/graph/use-graph-viewport.ts',
  'src/graph/svg/GraphView.tsx',
  'src/features/share/snippet.ts',
  'src/features/present/TourPanel.tsx',
  'src/app/ShortcutsDialog.tsx',
  'src/lib/classroom-copy-html.ts',
];
const CODE_STRINGS = [
  'className',
  'key',
  'type',
  'role',
  'id',
  'htmlFor',
  'href',
  'rel',
  'target',
  'name',
  'method',
  'autoComplete',
  'inputMode',
  'enterKeyHint',
  'lang',
  'dir',
  'kind',
  'mode',
  'variant',
  'view',
  'src',
  'd',
  'viewBox',
  'fill',
  'stroke',
  'transform',
  'textAnchor',
  'dominantBaseline',
  'accept',
  'download',
  'sandbox',
  'allow',
  'loading',
  'referrerPolicy',
  'as',
  'form',
  'value',
  'defaultValue',
  'width',
  'height',
  'preserveAspectRatio',
  { regex: { pattern: '^data-' } },
  { regex: { pattern: '^aria-(?!label$|description$|roledescription$|placeholder$|valuetext$)' } },
  {
    regex: {
      pattern: '(?:Key|Id|Class|Selector|Type|Kind|Mode|Event|Url|Param|Name|Attribute)s?$',
    },
  },
  { regex: { pattern: '^[A-Z0-9_]+$' } },
];
const unlocalizedStrings = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: [...UNLOCALIZED_ELSEWHERE, ...CODE_TEXT],
  plugins: { lingui: pluginLingui },
  rules: {
    'lingui/no-unlocalized-strings': [
      'error',
      {
        // Code words, not prose: no spaces and not capitalised (keys, classes, ids,
        // CSS, MIME types, URLs, event names), and the product's name.
        ignore: ['^[a-z0-9@#./:?&=%_+!-][^\\s]*$', '^Stancemap$', '^(?:[a-z-]+:[^;]+;\\s*)+$'],
        ignoreNames: CODE_STRINGS,
        ignoreFunctions: [
          'console.*',
          'Error',
          'TypeError',
          'RangeError',
          '*.querySelector',
          '*.querySelectorAll',
          '*.closest',
          '*.matches',
          '*.getPropertyValue',
          '*.setProperty',
          '*.setAttribute',
          '*.getAttribute',
          '*.toggleAttribute',
          '*.removeAttribute',
          '*.hasAttribute',
          '*.addEventListener',
          '*.removeEventListener',
          'Event',
          'CustomEvent',
          'useMediaQuery',
          '*.matchMedia',
          'matchMedia',
          '*.get',
          '*.set',
          '*.has',
          '*.delete',
          '*.append',
          'URLSearchParams',
          'URL',
          'readStored',
          'writeStored',
          'document.createElement',
          '*.createElementNS',
          'cx',
          'lazyView',
          'Intl.*',
        ],
      },
    ],
  },
};
/** The files of one layer and the imports they may not make (each layer's own rule). */
const layer = (files, ...patterns) => ({
  files: [files],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
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
  layer('src/graph/**/*.{ts,tsx}', zustand, upward('features', 'app')),
  // The canvas painter draws what it is handed and reads no store, so it can be tested and
  // tuned alone; its React hooks (use-*.ts) and CanvasGraphView bind it to the store.
  {
    ...layer('src/graph/canvas/**/*.ts', zustand, upward('features', 'app', 'store')),
    ignores: ['src/graph/canvas/**/use-*.ts'],
  },
  layer('src/store/**/*.{ts,tsx}', d3, upward('features', 'app', 'graph', 'ui')),
  layer(
    'src/domain/**/*.ts',
    ...plainTypeScript,
    upward('loader', 'store', 'graph', 'features', 'ui', 'app'),
  ),
  layer(
    'src/loader/**/*.ts',
    ...plainTypeScript,
    upward('store', 'graph', 'features', 'ui', 'app'),
  ),
  layer('src/ui/**/*.{ts,tsx}', d3, zustand, upward('store', 'features', 'app')),
  layer(
    'src/lib/**/*.ts',
    d3,
    zustand,
    upward('domain', 'loader', 'store', 'graph', 'features', 'ui', 'app'),
  ),
  // Each feature folder may not reach into a sibling feature: neither as `../other/…`
  // nor by a deeper path through the features folder (`../../features/other/…`).
  ...features.map((feature) =>
    layer(
      `src/features/${feature}/**/*.{ts,tsx}`,
      d3,
      zustand,
      { regex: '^\\.\\./(?!\\.\\.)', ...otherFeatures },
      { regex: `(^|/)features/(?!${feature}(/|$))`, ...otherFeatures },
      upward('app'),
    ),
  ),
  // One module touches the address bar (lib/address-bar.ts): everyone else reads and
  // rewrites the query string through it; what the parameters mean and which changes get
  // a history entry are store/url-state.ts's and store/url-sync.ts's.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/address-bar.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(pushState|replaceState)$/]',
          message: 'Only lib/address-bar.ts writes history: use replaceSearch or the store.',
        },
        {
          selector: "MemberExpression[object.property.name='location'][property.name='search']",
          message: 'Only lib/address-bar.ts touches the query string: use currentSearch.',
        },
      ],
    },
  },
  unlocalizedStrings,
  // Hot reload keeps a component's state only when its module exports components alone.
  { files: ['src/**/*.tsx'], ...reactRefresh.configs.vite() },
  // What Lingui's macros compile to: a hook and a component side by side, as in @lingui/react.
  { files: ['src/i18n/use-lingui.tsx'], rules: { 'react-refresh/only-export-components': 'off' } },
);
