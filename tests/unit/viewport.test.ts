// The zoom that pan-zoom hands out is plain numbers; these helpers turn points across it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IDENTITY_VIEW,
  toGraph,
  toScreen,
  transformAttribute,
} from '../../src/graph/interaction/view-transform';

describe('the viewport', () => {
  it('places a graph point on screen as screen = graph × k + (x, y)', () => {
    expect(toScreen({ k: 2, x: 10, y: -5 }, [3, 4])).toEqual([16, 3]);
    expect(toScreen(IDENTITY_VIEW, [3, 4])).toEqual([3, 4]);
  });

  it('reads a screen point back into the graph', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.15, max: 4, noNaN: true }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (k, x, y, px, py) => {
          const [gx, gy] = toGraph({ k, x, y }, toScreen({ k, x, y }, [px, py]));
          expect(gx).toBeCloseTo(px, 6);
          expect(gy).toBeCloseTo(py, 6);
        },
      ),
    );
  });

  it('writes the SVG transform attribute', () => {
    expect(transformAttribute({ k: 1.5, x: 20, y: 30 })).toBe('translate(20,30) scale(1.5)');
  });
});
