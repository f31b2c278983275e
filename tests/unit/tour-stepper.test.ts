import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/domain/model';
import {
  clampStep,
  moveForKey,
  stepAfter,
  stepOf,
  tourStepState,
} from '../../src/domain/tour-stepper';
import { loadFixture } from '../fixtures/load';

const tour = loadFixture().tours[0]!;

describe('the tour stepper', () => {
  it('maps clicker and keyboard keys to moves', () => {
    expect(
      ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'a'].map(
        moveForKey,
      ),
    ).toEqual(['next', 'next', 'next', 'previous', 'previous', 'first', 'last', 'exit', null]);
  });

  it('moves within the tour and stops at its ends', () => {
    expect(stepAfter(tour, 1, 'next')).toBe(2);
    expect(stepAfter(tour, 2, 'next')).toBe(2);
    expect(stepAfter(tour, 1, 'previous')).toBe(1);
    expect(stepAfter(tour, 2, 'first')).toBe(1);
    expect(stepAfter(tour, 1, 'last')).toBe(2);
    expect(stepAfter(tour, 2, 'exit')).toBeNull();
  });

  it('clamps steps that do not exist', () => {
    expect([0, 1, 2, 3, 1.5, NaN].map((s) => clampStep(tour, s))).toEqual([1, 1, 2, 2, 1, 1]);
    expect(stepOf(tour, 5)?.title).toBe('Compare');
  });

  it('says which view and comparison a step opens', () => {
    const kept = ['pupils'] as ActorId[];
    expect(tourStepState(tour, 1, kept)).toEqual({ view: 'graph', compare: kept });
    expect(tourStepState(tour, 2, kept)).toEqual({
      view: 'compare',
      compare: ['council', 'parents'],
    });
  });
});
