// The door never throws, whatever arrives, and a valid debate keeps every item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDebateText, loadDebateValue } from '../../src/loader/load-debate';
import { smallDebate } from '../fixtures/small-debate';
import { arbitraryDebate, mutatedDebate } from './arbitraries';

const RUNS = { numRuns: 1000 };

describe('the loader never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadDebateValue(value);
        return !result.ok && result.errors.length > 0;
      }),
      RUNS,
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = loadDebateText(text);
        return typeof result.ok === 'boolean';
      }),
      RUNS,
    );
  });

  it('on mutations of a valid debate, and names a path for each error', () => {
    fc.assert(
      fc.property(mutatedDebate(smallDebate()), (doc) => {
        const result = loadDebateText(JSON.stringify(doc));
        if (!result.ok)
          expect(
            result.errors.every((p) => typeof p.path === 'string' && p.message.length > 0),
          ).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('a valid debate loads whole', () => {
  it('with the same number of each kind of item', () => {
    fc.assert(
      fc.property(arbitraryDebate(), (doc) => {
        const result = loadDebateValue(doc);
        expect(result.ok && result.warnings).toEqual([]);
        if (!result.ok) return;
        const { debate } = result;
        expect([
          debate.issues.length,
          debate.positions.length,
          debate.actors.length,
          debate.arguments.length,
          debate.stances.length,
        ]).toEqual([
          doc.issues.length,
          doc.positions.length,
          doc.actors.length,
          doc.arguments.length,
          doc.stances.length,
        ]);
        expect(debate.nodes).toHaveLength(
          doc.issues.length + doc.positions.length + doc.actors.length + doc.arguments.length,
        );
      }),
      RUNS,
    );
  });
});
