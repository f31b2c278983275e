import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Debate, PositionId } from '../../src/domain/model';
import {
  answersInFragment,
  debateTag,
  decodeAnswers,
  encodeAnswers,
  parseCodes,
  sealCode,
} from '../../src/domain/stand-code';
import { ANSWERS, type PositionAnswer, type StandAnswers } from '../../src/domain/stand-match';
import { classSpread } from '../../src/domain/stand-spread';
import { loadFixture } from '../fixtures/load';
import { answersOf, standDebate } from '../fixtures/stand-debate';

const small = loadFixture(standDebate());
const bundled = loadFixture(
  JSON.parse(readFileSync(new URL('../../data/eu-taliban-returns.json', import.meta.url), 'utf8')),
);

/** Any answers to some of a debate's positions ("matters more" only beside a real answer). */
function arbitraryAnswers(debate: Debate): fc.Arbitrary<StandAnswers> {
  const one: fc.Arbitrary<PositionAnswer | null> = fc.option(
    fc
      .record({ answer: fc.constantFrom(...ANSWERS), matters: fc.boolean() })
      .map((a) => ({ ...a, matters: a.matters && a.answer !== 'none' })),
  );
  return fc.tuple(...debate.positions.map(() => one)).map(
    (given) =>
      new Map(
        given.flatMap((a, i): [PositionId, PositionAnswer][] => {
          const position = debate.positions[i];
          return a && position ? [[position.id, a]] : [];
        }),
      ),
  );
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz.';

describe('answers codes', () => {
  it('round-trips any answers, in either case, as a link or a fragment', () => {
    for (const debate of [small, bundled])
      fc.assert(
        fc.property(arbitraryAnswers(debate), (answers) => {
          const code = encodeAnswers(debate, answers);
          expect(code).toMatch(/^v1\.[0-9a-z]{4}\.[0-9]+\.[0-9a-z]{7}$/);
          for (const form of [
            code,
            code.toUpperCase(),
            `https://x.org/?view=stand#stand=${code}`,
          ]) {
            const decoded = decodeAnswers(debate, form);
            expect(decoded).toEqual({ ok: true, answers });
          }
          expect(answersInFragment(debate, `#stand=${code}`)).toEqual({ ok: true, answers });
        }),
        { numRuns: 300 },
      );
  });

  it('is short: the bundled debate’s 15 positions make a 31-character code', () => {
    expect(encodeAnswers(bundled, new Map())).toHaveLength(31);
  });

  it('refuses a code with any one character changed', () => {
    fc.assert(
      fc.property(
        arbitraryAnswers(bundled),
        fc.nat(),
        fc.constantFrom(...ALPHABET),
        (answers, at, replacement) => {
          const code = encodeAnswers(bundled, answers);
          const i = at % code.length;
          fc.pre(code[i] !== replacement);
          const tampered = code.slice(0, i) + replacement + code.slice(i + 1);
          expect(decodeAnswers(bundled, tampered).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses anything that is not a code, with a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = decodeAnswers(bundled, text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).not.toBe('');
      }),
      { numRuns: 1000 },
    );
    expect(decodeAnswers(bundled, 'x'.repeat(5000))).toEqual({
      ok: false,
      reason: 'it is far too long',
    });
  });

  it('says why: another debate, another version, a broken check, an impossible answer', () => {
    const fromSmall = encodeAnswers(small, answersOf({ p1: 'agree' }));
    expect(decodeAnswers(bundled, fromSmall)).toEqual({
      ok: false,
      reason: 'it was made for another debate, or another version of this one',
    });
    expect(decodeAnswers(small, sealCode(`v2.${debateTag(small)}.1000`))).toMatchObject({
      reason: 'it is a version 2 code, and this app reads version 1',
    });
    expect(
      decodeAnswers(small, `${fromSmall.slice(0, -1)}${fromSmall.endsWith('0') ? 1 : 0}`),
    ).toMatchObject({
      reason: 'it was changed or mistyped: its check does not match',
    });
    expect(decodeAnswers(small, sealCode(`v1.${debateTag(small)}.1500`))).toMatchObject({
      reason: 'answer 2 is not a valid answer',
    });
    expect(decodeAnswers(small, 'v1.abc')).toMatchObject({ reason: 'it is incomplete or damaged' });
    expect(answersInFragment(small, '#other=1')).toBeNull();
  });

  it('reads pasted codes, counting the good and saying where the bad ones are', () => {
    const a = encodeAnswers(small, answersOf({ p1: 'agree', p2: ['disagree', true] }));
    const b = encodeAnswers(small, answersOf({ p1: 'partly', p2: 'disagree' }));
    const parsed = parseCodes(small, `${a}\n  nonsense, ${b};\n${a.slice(0, -2)}zz`);
    expect(parsed.accepted).toHaveLength(2);
    expect(parsed.refused.map((r) => r.place)).toEqual([2, 4]);
    const spread = classSpread(small, parsed.accepted);
    expect(spread.get('p1' as PositionId)).toEqual({
      counts: { agree: 1, partly: 1, disagree: 0, none: 0 },
      unanswered: 0,
      matters: 0,
    });
    expect(spread.get('p2' as PositionId)).toMatchObject({ matters: 1 });
    expect(spread.get('p3' as PositionId)).toMatchObject({ unanswered: 2 });
  });
});
