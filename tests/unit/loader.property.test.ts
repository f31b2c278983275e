// The door never throws, whatever arrives, and a valid debate keeps every item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDebateText, loadDebateValue } from '../../src/loader/load-debate';
import { nestingDepth } from '../../src/loader/preflight';
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

const polluted = () =>
  (({}) as Record<string, unknown>).polluted !== undefined ||
  Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'format',
  'version',
  'meta',
  'issues',
  'actors',
  'positions',
  'stances',
  'arguments',
  'sources',
  'events',
  'glossary',
  'tours',
  'id',
  'x-note',
] as const;

/** Arbitrary JSON text whose keys are the format's own, plus __proto__ and constructor. */
const debateLikeText = fc
  .dictionary(
    fc.constantFrom(...KEYS),
    fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.array(fc.dictionary(fc.constantFrom(...KEYS, 'polluted'), fc.jsonValue({ maxDepth: 2 }))),
    ),
  )
  .map((fields) => {
    // Written as text, so that "__proto__" arrives as an own key, as JSON.parse makes it.
    const body = Object.entries(fields).map(
      ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
    );
    return `{"format":"debate-graph","version":1,${body.join(',')}}`;
  });

describe('the loader never throws, nor pollutes a prototype', () => {
  it('on debate-shaped documents of arbitrary content', () => {
    fc.assert(
      fc.property(debateLikeText, (text) => {
        const result = loadDebateText(text);
        expect(polluted()).toBe(false);
        if (!result.ok) expect(result.errors.every((p) => p.message.length > 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('on arbitrary bytes, and on valid debate text cut or spliced anywhere', () => {
    const valid = JSON.stringify(smallDebate());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
          fc
            .tuple(fc.nat({ max: valid.length }), fc.string({ unit: 'binary', maxLength: 8 }))
            .map(([n, s]) => valid.slice(0, n) + s + valid.slice(n)),
        ),
        (text) => {
          const result = loadDebateText(text);
          expect(polluted()).toBe(false);
          return typeof result.ok === 'boolean';
        },
      ),
      RUNS,
    );
  });

  it('on two mutations of random valid debates; a load that succeeds is whole', () => {
    fc.assert(
      fc.property(
        arbitraryDebate().chain((doc) => mutatedDebate(doc).chain((once) => mutatedDebate(once))),
        (doc) => {
          const result = loadDebateValue(doc);
          expect(polluted()).toBe(false);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            return;
          }
          const { debate } = result;
          expect(debate.nodes).toHaveLength(
            debate.issues.length +
              debate.positions.length +
              debate.actors.length +
              debate.arguments.length,
          );
          // Every edge joins two nodes that exist: nothing half-valid gets past the door.
          for (const edge of debate.edges) {
            expect(debate.index.node.has(edge.source)).toBe(true);
            expect(debate.index.node.has(edge.target)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});

/** How deep arrays and objects nest in a JSON value, counted on the value itself. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Object.values(value as object);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('the preflight measures nesting as the parsed value nests', () => {
  // Strings full of quotes, backslashes and brackets: the scan must skip them all.
  const tricky = fc.stringMatching(/^[\\"[\]{}a ]{0,12}$/);
  const value = fc.letrec<{ json: unknown }>((tie) => ({
    json: fc.oneof(
      { depthSize: 'small' },
      tricky,
      fc.integer(),
      fc.array(tie('json'), { maxLength: 4 }),
      fc.dictionary(tricky, tie('json'), { maxKeys: 4 }),
    ),
  })).json;

  it('at any depth, written compactly or pretty-printed', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (v, pretty) => {
        const text = pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v);
        expect(nestingDepth(text)).toBe(depthOf(v));
      }),
      RUNS,
    );
  });
});
