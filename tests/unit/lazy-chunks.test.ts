// The component tests preload every lazy chunk (tests/setup/lazy-chunks.ts); this keeps
// that list in step with the code, so a new lazy view cannot bring back slow, flaky waits.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAZY_CHUNKS } from '../setup/lazy-chunks';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The modules that `import('…')` calls load, as paths below src/ with their extension. */
function dynamicImports(): string[] {
  const files = sourceFiles(SRC);
  const found = new Set<string>();
  for (const file of files) {
    for (const [, target] of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) {
      const base = relative(SRC, join(dirname(file), target!));
      const withExtension = ['.ts', '.tsx'].map((ext) => base + ext);
      found.add(withExtension.find((p) => files.includes(join(SRC, p))) ?? base);
    }
  }
  return [...found].sort();
}

describe('the lazy chunks the component tests preload', () => {
  it('are exactly the modules the app imports on demand', () => {
    expect([...LAZY_CHUNKS].sort()).toEqual(dynamicImports());
  });
});
