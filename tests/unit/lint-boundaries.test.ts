// The import boundaries are lint rules (eslint.config.js); these fixtures prove that they
// catch what they should, deep relative paths included, and let through what is allowed.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

/** The messages of one rule for this code, as if it were the file at `filePath`. */
async function lint(filePath: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

const importing = (path: string) => `import { x } from '${path}';\nexport const y = x;\n`;
const FEATURES_APART = /Features do not import each other/;

describe('features do not import each other', () => {
  it.each([
    ['a sibling feature', '../share/snippet'],
    ['a deeper path through the features folder', '../../features/share/snippet'],
    ['a deeper path to a feature’s folder', '../../features/share'],
    ['an even deeper path', '../../../src/features/compare/CompareView'],
  ])('rejects %s (%s)', async (_, path) => {
    const messages = await lint(
      'src/features/explore/Fixture.ts',
      importing(path),
      'no-restricted-imports',
    );
    expect(messages).toEqual([expect.stringMatching(FEATURES_APART)]);
  });

  it.each([
    ['its own feature by a deep path', '../../features/explore/SearchBox'],
    ['ui/', '../../ui/StanceBadge'],
    ['domain/', '../../domain/details'],
    ['its own folder', './looks'],
  ])('allows %s (%s)', async (_, path) => {
    expect(
      await lint('src/features/explore/Fixture.ts', importing(path), 'no-restricted-imports'),
    ).toEqual([]);
  });

  it('fences in every feature folder, so a new one needs no edit of the config', async () => {
    const messages = await lint(
      'src/features/timeline/Fixture.ts',
      importing('../../features/explore/SearchBox'),
      'no-restricted-imports',
    );
    expect(messages).toEqual([expect.stringMatching(FEATURES_APART)]);
  });
});

describe('the other layers', () => {
  it('keeps domain/ free of React', async () => {
    const messages = await lint(
      'src/domain/fixture.ts',
      importing('react'),
      'no-restricted-imports',
    );
    expect(messages).toEqual([expect.stringMatching(/plain TypeScript, with no React/)]);
  });

  it('keeps the canvas painter free of the store', async () => {
    const messages = await lint(
      'src/graph/canvas/fixture.ts',
      importing('../../store/selectors'),
      'no-restricted-imports',
    );
    expect(messages).toEqual([expect.stringMatching(/may not import from .*store/)]);
  });

  it('lets the painter read the look flags from domain/, and its hooks the store', async () => {
    expect(
      await lint(
        'src/graph/canvas/fixture.ts',
        importing('../../domain/node-look'),
        'no-restricted-imports',
      ),
    ).toEqual([]);
    expect(
      await lint(
        'src/graph/canvas/use-fixture.ts',
        importing('../../store/selectors'),
        'no-restricted-imports',
      ),
    ).toEqual([]);
  });

  it('keeps zustand inside store/', async () => {
    const messages = await lint('src/ui/fixture.ts', importing('zustand'), 'no-restricted-imports');
    expect(messages).toEqual([expect.stringMatching(/Only src\/store\/ imports zustand/)]);
  });
});

describe('the address bar has one owner', () => {
  it.each([
    ['a history write', "window.history.replaceState(null, '', '?q=x');\n"],
    ['a pushed entry', "history.pushState(null, '', '?view=matrix');\n"],
    ['reading the query string', 'export const search = window.location.search;\n'],
    ['leaving for another query string', "window.location.search = '?dataset=x';\n"],
  ])('rejects %s outside lib/address-bar.ts', async (_, code) => {
    const messages = await lint('src/features/explore/fixture.ts', code, 'no-restricted-syntax');
    expect(messages).toEqual([expect.stringMatching(/Only lib\/address-bar\.ts/)]);
  });

  it('lets lib/address-bar.ts do it', async () => {
    const code = "window.history.replaceState(null, '', window.location.search);\n";
    expect(await lint('src/lib/address-bar.ts', code, 'no-restricted-syntax')).toEqual([]);
  });
});

describe('fast refresh', () => {
  const componentAndConstant =
    'export const LIMIT = { max: 3 };\nexport function Widget() {\n  return <p>{LIMIT.max}</p>;\n}\n';

  it('rejects a component file that also exports something else', async () => {
    const messages = await lint(
      'src/ui/Fixture.tsx',
      componentAndConstant,
      'react-refresh/only-export-components',
    );
    expect(messages).toEqual([expect.stringMatching(/only exports components/)]);
  });

  it('accepts a component file that exports only components', async () => {
    const code = 'const LIMIT = 3;\nexport function Widget() {\n  return <p>{LIMIT}</p>;\n}\n';
    expect(await lint('src/ui/Fixture.tsx', code, 'react-refresh/only-export-components')).toEqual(
      [],
    );
  });
});
