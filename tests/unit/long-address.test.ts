import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LONG_ADDRESS, trimLongAddress } from '../../src/store/long-address';
import { trimLongLocation } from '../../src/store/url-sync';
import {
  COMPARE_REPEATS,
  MAX_QUERY,
  ignoredPartWarning,
  readUrlState,
} from '../../src/store/url-state';
import { loadFixture } from '../fixtures/load';

const debate = loadFixture();

describe('a link of megabytes is trimmed before anything reads it', () => {
  it('leaves an ordinary link alone', () => {
    expect(trimLongAddress('?q=uni&compare=council,parents')).toBeNull();
    expect(trimLongAddress(`?q=${'a'.repeat(LONG_ADDRESS - 3)}`)).toBeNull();
  });

  it('cuts a 1 MB search to the 200 characters the app reads, with one warning', () => {
    const trimmed = trimLongAddress(`?view=matrix&q=${'a'.repeat(1_000_000)}&dataset=x`)!;
    expect(trimmed.search).toBe(`?view=matrix&q=${'a'.repeat(MAX_QUERY)}&dataset=x`);
    expect(trimmed.warnings).toHaveLength(1);
    expect(trimmed.warnings[0]).toMatch(/^ignored q=a+…: a search may be at most 200 characters/);
    expect(trimmed.warnings[0]!.length).toBeLessThan(200);
  });

  it('reads only the start of a long search, even cut inside an encoded character', () => {
    // 250 characters of four bytes each (%F0%9F%99%82): the raw value is cut mid-character.
    const smile = '\u{1F642}';
    const search = `?${new URLSearchParams({ q: smile.repeat(250_000), view: 'matrix' })}`;
    const trimmed = trimLongAddress(search)!;
    expect(new URLSearchParams(trimmed.search).get('q')).toBe(smile.repeat(MAX_QUERY));
    expect(new URLSearchParams(trimmed.search).get('view')).toBe('matrix');
    expect(trimmed.warnings).toHaveLength(1);
  });

  it('drops repeated compared ids, keeping their order, with one warning', () => {
    const ids = Array(8_000).fill('council').join(',');
    const trimmed = trimLongAddress(`?view=compare&compare=${ids},parents`)!;
    expect(trimmed.search).toBe('?view=compare&compare=council,parents');
    expect(trimmed.warnings).toEqual([
      expect.stringMatching(/^ignored part of compare=council,.*: an id listed more than once/),
    ]);
  });

  it('reads to the same state as the address it replaces', () => {
    const value = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 400 }), value, (q, times, other) => {
        const params = new URLSearchParams({
          q: q.repeat(times),
          compare: Array(times).fill('council').concat(other).join(','),
          select: other,
        });
        const search = `?${params}`;
        const trimmed = trimLongAddress(search);
        if (!trimmed) return;
        expect(readUrlState(trimmed.search, debate).state).toEqual(
          readUrlState(search, debate).state,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('drops repeats before decoding the list, and reads and warns as the whole list would', () => {
    // Raw spellings that read the same once decoded, encoded commas, spaces and empty ids.
    const spellings = ['council', 'counci%6C', 'parents', '', 'par%2Cents', 'x+y', '%F0%9F%99%82'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...spellings), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 600 }),
        (list, times) => {
          const search = `?view=compare&compare=${Array(times).fill(list.join(',')).join(',')}&q=x`;
          const trimmed = trimLongAddress(search);
          if (!trimmed) return;
          expect(readUrlState(trimmed.search, debate).state).toEqual(
            readUrlState(search, debate).state,
          );
          const whole = new URLSearchParams(search).get('compare')!;
          const ids = whole.split(',').filter(Boolean);
          expect(trimmed.warnings).toEqual(
            new Set(ids).size < ids.length
              ? [ignoredPartWarning('compare', whole, COMPARE_REPEATS)]
              : [],
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rewrites the address in place and warns once per parameter', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const replaceState = vi.fn();
    const win = {
      location: { search: `?q=${'b'.repeat(5_000)}`, pathname: '/app/', hash: '#stand' },
      history: { state: { kept: true }, replaceState },
    } as unknown as Window;
    trimLongLocation(win);
    expect(replaceState).toHaveBeenCalledWith(
      { kept: true },
      '',
      `?q=${'b'.repeat(MAX_QUERY)}#stand`,
    );
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

afterEach(() => vi.restoreAllMocks());
