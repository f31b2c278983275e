import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorId, NodeId, Tour } from '../../src/domain/model';
import {
  clampStep,
  moveForKey,
  stepAfter,
  stepOf,
  tourStepState,
} from '../../src/domain/tour-stepper';
import { loadFixture } from '../fixtures/load';

const debate = loadFixture();
const tour = debate.tours[0]!;

describe('the tour stepper', () => {
  it('maps clicker and keyboard keys to moves', () => {
    expect(
      ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'a'].map(
        (key) => moveForKey(key),
      ),
    ).toEqual(['next', 'next', 'next', 'previous', 'previous', 'first', 'last', 'exit', null]);
  });

  it('follows the reading direction with the arrows in right-to-left text', () => {
    expect(
      ['ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Home'].map((key) =>
        moveForKey(key, 'rtl'),
      ),
    ).toEqual(['next', 'previous', 'next', 'previous', 'first']);
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

  it('says which view, comparison, issue and selection a step opens', () => {
    const kept = ['pupils'] as ActorId[];
    expect(tourStepState(debate, tour, 1, kept)).toEqual({
      view: 'graph',
      compare: kept,
      issue: 'uniforms',
      selected: null,
    });
    expect(tourStepState(debate, tour, 2, kept)).toEqual({
      view: 'compare',
      compare: ['council', 'parents'],
      issue: null,
      selected: null,
    });
  });

  it('takes the issue of a focused position or argument, and selects the first non-issue', () => {
    const bundled = loadFixture(
      JSON.parse(
        readFileSync(new URL('../../data/eu-taliban-returns.json', import.meta.url), 'utf8'),
      ),
    );
    const classroom = bundled.tours[0]!;
    // Step 4 is about non-refoulement: its arguments, not the first issue's.
    expect(tourStepState(bundled, classroom, 4, [])).toMatchObject({
      view: 'arguments',
      issue: 'non-refoulement',
      selected: 'returns-unsafe',
    });
    const noIssue: Tour = {
      ...classroom,
      steps: [{ ...classroom.steps[3]!, focus: ['no-automatic-right-to-remain' as NodeId] }],
    };
    expect(tourStepState(bundled, noIssue, 1, [])).toMatchObject({
      issue: 'non-refoulement',
      selected: 'no-automatic-right-to-remain',
    });
  });
});
