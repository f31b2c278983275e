// The direction of a text as dir="auto" decides it, and the SVG anchor that keeps a
// right-to-left label where the layout placed it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { svgAnchor } from '../../src/graph/label-layout';
import { textDirection } from '../../src/lib/text-direction';

describe('textDirection', () => {
  it('reads the first letter, past digits and punctuation', () => {
    expect(textDirection('بازگشت اجباری')).toBe('rtl');
    expect(textDirection('«۲۰۲۶» طالبان و EU')).toBe('rtl');
    expect(textDirection('EU و طالبان')).toBe('ltr');
    expect(textDirection('2026 – עברית')).toBe('rtl');
    expect(textDirection('Ägypten')).toBe('ltr');
  });

  it('falls back when the text has no letter', () => {
    expect(textDirection('2026 (3)')).toBe('ltr');
    expect(textDirection('…', 'rtl')).toBe('rtl');
    expect(textDirection('')).toBe('ltr');
  });

  it('is decided by the first letter alone, whatever follows', () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        expect(textDirection(`ط${rest}`)).toBe('rtl');
        expect(textDirection(`a${rest}`)).toBe('ltr');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('svgAnchor', () => {
  it('keeps the anchors of left-to-right labels', () => {
    expect(['start', 'middle', 'end'].map((a) => svgAnchor(a as 'start', 'ltr'))).toEqual([
      'start',
      'middle',
      'end',
    ]);
  });

  it('swaps start and end for right-to-left labels, so the box stays on the same side', () => {
    expect(['start', 'middle', 'end'].map((a) => svgAnchor(a as 'start', 'rtl'))).toEqual([
      'end',
      'middle',
      'start',
    ]);
  });
});
