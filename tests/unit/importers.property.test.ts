// No importer throws on arbitrary text, or on text shaped like its own format, and
// what each accepts the loader accepts too (or refuses with problems, never a throw).
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importAif } from '../../src/loader/import/aif';
import { importArgdown } from '../../src/loader/import/argdown';
import { importKialo } from '../../src/loader/import/kialo';
import { importSpreadsheet } from '../../src/loader/import/spreadsheet/import-spreadsheet';
import { loadDebateValue } from '../../src/loader/load-debate';
import type { ImportResult } from '../../src/loader/import/import-result';

const RUNS = { numRuns: 300 };

const importers: [string, (text: string) => ImportResult][] = [
  ['Kialo', (text) => importKialo(text, '2026')],
  ['Argdown', (text) => importArgdown(text, '2026')],
  ['AIF', (text) => importAif(text, '2026')],
  [
    'CSV',
    (text) =>
      importSpreadsheet([{ name: 'Arguments.csv', bytes: strToU8(text) }], undefined, '2026'),
  ],
  [
    'Matrix CSV',
    (text) => importSpreadsheet([{ name: 'Matrix.csv', bytes: strToU8(text) }], undefined, '2026'),
  ],
  [
    'a workbook',
    (text) =>
      importSpreadsheet(
        [{ name: 'x.xlsx', bytes: strToU8(`PK\u0003\u0004${text}`) }],
        undefined,
        '2026',
      ),
  ],
];

/** Lines built from the pieces each format is made of, so the parsers' paths are explored. */
const shapedText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '1.',
        '1.1. Pro:',
        '1.1.1. Con:',
        '1.2. Thesis:',
        '-> See 1.1.',
        '[1] https://example.org/a',
        'Discussion Title: T',
        'Sources:',
      ),
      fc.constantFrom(
        '[A]: a',
        '<B>: b',
        '  + <C>: c',
        '  - [A]',
        '  +> [A] {stance: for}',
        '# Q {id: q}',
        '===',
        '{',
        '[',
        '#actor',
        '"',
      ),
      fc.constantFrom(
        'actor,p1,quote,source',
        'a,for,"x",https://e.org',
        'id,claim,target,relation',
        ',,,',
        '"unclosed',
      ),
      fc.constantFrom(
        '{"nodes":[{"nodeID":1,"type":"I","text":"x"}],"edges":[{"fromID":1,"toID":2}]}',
        '\r',
        '\uFEFF',
        '\\(',
        '\\[',
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 30 },
  )
  .chain((parts) => fc.constantFrom('\n', '\r\n', '\r', ' ').map((sep) => parts.join(sep)));

describe.each(importers)('the %s importer never throws', (_name, run) => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const result = run(text);
        return Array.isArray(result.problems);
      }),
      RUNS,
    );
  });

  it('on text shaped like the formats, and the loader takes what it makes', () => {
    fc.assert(
      fc.property(shapedText, (text) => {
        const result = run(text);
        if (result.document) expect(typeof loadDebateValue(result.document).ok).toBe('boolean');
        // A failed import always says why.
        if (!result.document)
          expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      RUNS,
    );
  });
});
