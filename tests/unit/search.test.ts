import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  prepareSearch,
  rankGlossary,
  rankNodes,
  searchNodes,
  termAnswersFirst,
} from '../../src/domain/search';
import { loadFixture } from '../fixtures/load';

const bundled = loadFixture(
  JSON.parse(readFileSync(new URL('../../data/eu-taliban-returns.json', import.meta.url), 'utf8')),
);

describe('search ranking', () => {
  it('puts a name that is the query, or starts with it, before texts that mention it', () => {
    expect(searchNodes(bundled, 'taliban delegation')[0]).toBe('taliban-delegation');
    expect(searchNodes(bundled, 'Belgium')[0]).toBe('belgium');
    expect(searchNodes(bundled, 'european commission')[0]).toBe('european-commission');
  });

  it('ranks an exact name 0, a prefix 1, word starts 2, inside 3 and other text 4', () => {
    const ranks = new Map<string, number>(rankNodes(bundled, 'icc').map((r) => [r.match, r.rank]));
    expect(ranks.get('icc')).toBe(0); // its short name
    const ranked = rankNodes(bundled, 'delegation');
    expect(ranked.map((r) => r.rank)).toEqual([...ranked.map((r) => r.rank)].sort());
  });

  it('finds glossary terms, and lets a term answer first when no name matches as well', () => {
    const terms = rankGlossary(bundled, 'non-refoulement');
    expect(terms[0]?.match.term).toBe('Non-refoulement');
    expect(termAnswersFirst(rankNodes(bundled, 'non-refoulement'), terms)).toBe(true);
    const actor = 'taliban delegation';
    expect(termAnswersFirst(rankNodes(bundled, actor), rankGlossary(bundled, actor))).toBe(false);
  });

  it('answers a query typed and corrected key by key as it answers it typed at once', () => {
    // Letters, an accent, spaces and a hyphen, so words start, grow, split and fold; and
    // Backspace, so a query can also be shorter than the one before.
    const key = fc.constantFrom(...'aeilnortuscdé -'.split(''), 'Backspace');
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 10 }), (keys) => {
        let query = '';
        for (const k of keys) {
          query = k === 'Backspace' ? query.slice(0, -1) : query + k;
          // A copy of the debate has no search behind it: its answers are from scratch.
          expect(rankNodes(bundled, query)).toEqual(rankNodes({ ...bundled }, query));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('prepares its index a few nodes at a time, and answers the same once prepared', () => {
    const debate = { ...bundled };
    let slices = 0;
    let budget = 0;
    const more = () => budget-- > 0;
    for (;;) {
      budget = 7;
      slices += 1;
      if (prepareSearch(debate, more)) break;
    }
    // Names, then texts, seven at a time.
    expect(slices).toBeGreaterThan((2 * bundled.nodes.length) / 7);
    for (const query of ['taliban', 'return', 'x'])
      expect(rankNodes(debate, query)).toEqual(rankNodes({ ...bundled }, query));
  });
});
