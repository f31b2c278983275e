// The graph on a right-to-left page: the direction of a text as dir="auto" decides it,
// the SVG anchor that keeps a right-to-left label where the layout placed it, and the
// map of issues whose names read to the left of their squares.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import { fitWithLabels } from '../../src/graph/fit';
import { placeLabels, svgAnchor } from '../../src/graph/label-layout';
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

describe('the map of issues on a right-to-left page', () => {
  const request = (side: 'left' | 'right') => ({
    id: 'i' as NodeId,
    type: 'issue' as const,
    x: 200,
    y: 100,
    radius: 10,
    lines: ['بازگشت افغان‌ها'],
    font: 14,
    priority: 1,
    [side]: true,
  });
  const view = { x0: 0, y0: 0, x1: 400, y1: 200 };

  it('puts a name to the left of its square, its right edge at the square', () => {
    const placed = placeLabels([request('left')], new Map(), view).get('i' as NodeId);
    expect(placed?.anchor).toBe('end');
    expect(placed!.box.x1).toBeLessThan(200);
    const mirrored = placeLabels([request('right')], new Map(), view).get('i' as NodeId);
    expect(mirrored!.box.x0).toBeGreaterThan(200);
  });

  it('makes room for the names on the left when it fits the view', () => {
    const item = { x: 0, y: 0, radius: 10, labelWidth: 300, labelHeight: 17 };
    const options = { width: 400, height: 200, margin: 10, minScale: 0.1, maxScale: 1 };
    const left = fitWithLabels([{ ...item, left: true }], options);
    const right = fitWithLabels([{ ...item, right: true }], options);
    // The square sits right of centre when its name is on its left, and the other way round.
    expect(left.x).toBeGreaterThan(200);
    expect(right.x).toBeLessThan(200);
  });
});
