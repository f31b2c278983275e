import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_EXPLANATION,
  AGREEMENT_SCORE_EXPLANATION,
  agreementScore,
  classifyAgreement,
  compareActors,
  mostOpposed,
  sortActorsByAgreement,
  sortActorsByKind,
  sortActorsByName,
  stancePairScore,
  type Comparison,
} from '../../src/domain/comparison';
import type { ActorId, StanceValue } from '../../src/domain/model';
import { loadFixture } from '../fixtures/load';
import { smallDebate } from '../fixtures/small-debate';
import { arbitraryDebate } from './arbitraries';

const actor = (s: string) => s as ActorId;
const actors = (...ids: string[]) => ids.map(actor);
const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

/** Each row as [position, agreement, sharpness, the compared actors' stance values]. */
function table(comparison: Comparison) {
  return comparison.groups.map((g) => [
    g.issue.id,
    g.rows.map((r) => [
      r.position.id,
      r.agreement,
      r.sharpness,
      r.stances.map((s) => s?.stance ?? null),
    ]),
  ]);
}

function stance(actorId: string, position: string, value: StanceValue) {
  return {
    actor: actorId,
    position,
    stance: value,
    summary: 'A stance.',
    evidence: [{ source: 'paper', quote: 'Said so.' }],
  };
}

/**
 * The small debate with a teachers' union, a position nobody holds a stance on, and
 * stances so that every kind of row appears:
 *   require      council for, parents against, pupils against, teachers for
 *   optional     council against, parents for, pupils conditional (fixture)
 *   dress-code   nobody
 *   school-pays  everyone for, except parents unclear (fixture)
 *   parents-pay  council for, teachers conditional
 */
function variantDoc() {
  const doc = smallDebate();
  doc.actors.push({
    id: 'teachers',
    name: 'Teachers',
    kind: 'institution',
    summary: 'Teach.',
  });
  doc.positions.splice(2, 0, { id: 'dress-code', issue: 'uniforms', statement: 'A dress code.' });
  doc.positions.push({ id: 'parents-pay', issue: 'cost', statement: 'Parents pay.' });
  doc.stances.push(
    stance('pupils', 'require', 'against'),
    stance('teachers', 'require', 'for'),
    stance('council', 'optional', 'against'),
    stance('parents', 'optional', 'for'),
    stance('council', 'school-pays', 'for'),
    stance('pupils', 'school-pays', 'for'),
    stance('teachers', 'school-pays', 'for'),
    stance('council', 'parents-pay', 'for'),
    stance('teachers', 'parents-pay', 'conditional'),
  );
  return doc;
}

describe('classifyAgreement', () => {
  it('classifies rows as the explanation says', () => {
    expect(classifyAgreement([])).toEqual({ agreement: 'none', sharpness: 0 });
    expect(classifyAgreement([null, null])).toEqual({ agreement: 'none', sharpness: 0 });
    expect(classifyAgreement(['for', 'for'])).toEqual({ agreement: 'agree', sharpness: 0 });
    expect(classifyAgreement(['unclear', 'unclear'])).toEqual({
      agreement: 'agree',
      sharpness: 0,
    });
    // Only some hold a stance, and those who do agree — or only one has one.
    expect(classifyAgreement(['for', null, 'for']).agreement).toBe('partial');
    expect(classifyAgreement([null, 'against']).agreement).toBe('partial');
    // Differences without a for–against clash.
    expect(classifyAgreement(['for', 'conditional']).agreement).toBe('partial');
    expect(classifyAgreement(['against', 'unclear']).agreement).toBe('partial');
    // A for–against clash is a disagreement even when others hold no stance.
    expect(classifyAgreement(['for', null, 'against'])).toEqual({
      agreement: 'disagree',
      sharpness: 1,
    });
    expect(classifyAgreement(['for', 'against', 'for', 'against', 'unclear'])).toEqual({
      agreement: 'disagree',
      sharpness: 4,
    });
    // With one compared actor, a stance trivially agrees with itself.
    expect(classifyAgreement(['conditional']).agreement).toBe('agree');
  });

  it('explains every agreement value in plain words', () => {
    for (const value of ['agree', 'disagree', 'partial', 'none'] as const)
      expect(AGREEMENT_EXPLANATION[value]).toMatch(/^[A-Z].+\.$/);
  });
});

describe('compareActors on the small debate', () => {
  const debate = loadFixture(smallDebate());

  it('council and parents disagree on requiring uniforms', () => {
    const comparison = compareActors(debate, actors('council', 'parents'));
    expect(ids(comparison.actors)).toEqual(['council', 'parents']);
    expect(table(comparison)).toEqual([
      [
        'uniforms',
        [
          ['require', 'disagree', 1, ['for', 'against']],
          ['optional', 'none', 0, [null, null]],
        ],
      ],
      ['cost', [['school-pays', 'partial', 0, [null, 'unclear']]]],
    ]);
    expect(comparison.summary).toEqual({ agree: 0, disagree: 1, partial: 1, none: 1 });
    expect(comparison.sharpest.map((r) => r.position.id)).toEqual(['require']);
    expect(comparison.commonGround).toEqual([]);
    // The row holds the stances themselves.
    expect(comparison.groups[0]?.rows[0]?.stances[1]?.summary).toBe('Opposes.');
  });

  it('skips unknown actor ids and repeats, keeping the order given', () => {
    const comparison = compareActors(
      debate,
      actors('parents', 'nobody', 'council', 'parents', 'uniforms'),
    );
    expect(ids(comparison.actors)).toEqual(['parents', 'council']);
    expect(comparison.groups[0]?.rows[0]?.stances.map((s) => s?.stance)).toEqual([
      'against',
      'for',
    ]);
  });

  it('with no known actor every row is "none"', () => {
    const comparison = compareActors(debate, actors('nobody'));
    expect(comparison.actors).toEqual([]);
    expect(comparison.summary).toEqual({ agree: 0, disagree: 0, partial: 0, none: 3 });
    expect(comparison.groups.map((g) => g.rows.length)).toEqual([2, 1]);
  });
});

describe('compareActors on a variant with every kind of row', () => {
  const debate = loadFixture(variantDoc());

  it('classifies each position and counts them', () => {
    const comparison = compareActors(debate, actors('council', 'parents', 'pupils', 'teachers'));
    expect(table(comparison)).toEqual([
      [
        'uniforms',
        [
          ['require', 'disagree', 4, ['for', 'against', 'against', 'for']],
          ['optional', 'disagree', 1, ['against', 'for', 'conditional', null]],
          ['dress-code', 'none', 0, [null, null, null, null]],
        ],
      ],
      [
        'cost',
        [
          ['school-pays', 'partial', 0, ['for', 'unclear', 'for', 'for']],
          ['parents-pay', 'partial', 0, ['for', null, null, 'conditional']],
        ],
      ],
    ]);
    expect(comparison.summary).toEqual({ agree: 0, disagree: 2, partial: 2, none: 1 });
    expect(comparison.sharpest.map((r) => [r.position.id, r.sharpness])).toEqual([
      ['require', 4],
      ['optional', 1],
    ]);
  });

  it('finds common ground, and treats for beside conditional as partial', () => {
    const comparison = compareActors(debate, actors('teachers', 'council', 'pupils'));
    expect(table(comparison)).toEqual([
      [
        'uniforms',
        [
          ['require', 'disagree', 2, ['for', 'for', 'against']],
          ['optional', 'partial', 0, [null, 'against', 'conditional']],
          ['dress-code', 'none', 0, [null, null, null]],
        ],
      ],
      [
        'cost',
        [
          ['school-pays', 'agree', 0, ['for', 'for', 'for']],
          ['parents-pay', 'partial', 0, ['conditional', 'for', null]],
        ],
      ],
    ]);
    expect(comparison.commonGround.map((r) => r.position.id)).toEqual(['school-pays']);
    expect(comparison.summary).toEqual({ agree: 1, disagree: 1, partial: 2, none: 1 });
  });

  it('orders equally sharp disagreements in debate order, sharpest first', () => {
    const doc = variantDoc();
    // Make parents-pay a 1-pair clash: it follows optional (also 1) in debate order.
    doc.stances.push(stance('parents', 'parents-pay', 'against'));
    const comparison = compareActors(
      loadFixture(doc),
      actors('council', 'parents', 'pupils', 'teachers'),
    );
    expect(comparison.sharpest.map((r) => [r.position.id, r.sharpness])).toEqual([
      ['require', 4],
      ['optional', 1],
      ['parents-pay', 1],
    ]);
  });
});

describe('agreementScore', () => {
  it('scores a pair of stance values', () => {
    expect(stancePairScore('for', 'for')).toBe(1);
    expect(stancePairScore('unclear', 'unclear')).toBe(1);
    expect(stancePairScore('for', 'against')).toBe(-1);
    expect(stancePairScore('against', 'for')).toBe(-1);
    expect(stancePairScore('for', 'conditional')).toBe(0);
    expect(stancePairScore('against', 'unclear')).toBe(0);
  });

  it('is −1 for opposed actors, null when nothing is shared', () => {
    const debate = loadFixture(smallDebate());
    expect(agreementScore(debate, actor('council'), actor('parents'))).toEqual({
      score: -1,
      shared: 1,
    });
    expect(agreementScore(debate, actor('parents'), actor('pupils'))).toEqual({
      score: null,
      shared: 0,
    });
    expect(agreementScore(debate, actor('council'), actor('nobody'))).toEqual({
      score: null,
      shared: 0,
    });
    expect(agreementScore(debate, actor('council'), actor('council'))).toEqual({
      score: 1,
      shared: 1,
    });
  });

  it('averages +1, −1 and 0 over the shared positions, symmetrically', () => {
    const debate = loadFixture(variantDoc());
    // council–teachers: require +1, school-pays +1, parents-pay for/conditional 0.
    expect(agreementScore(debate, actor('council'), actor('teachers'))).toEqual({
      score: 2 / 3,
      shared: 3,
    });
    // council–pupils: require −1, optional against/conditional 0, school-pays +1.
    const zero = agreementScore(debate, actor('council'), actor('pupils'));
    expect(zero).toEqual({ score: 0, shared: 3 });
    expect(Object.is(zero.score, 0)).toBe(true);
    // council–parents: require −1, optional −1, school-pays for/unclear 0.
    expect(agreementScore(debate, actor('council'), actor('parents'))).toEqual({
      score: -2 / 3,
      shared: 3,
    });
    for (const a of debate.actors)
      for (const b of debate.actors) {
        const ab = agreementScore(debate, a.id, b.id);
        expect(agreementScore(debate, b.id, a.id)).toEqual(ab);
        if (ab.score !== null) expect(Math.abs(ab.score)).toBeLessThanOrEqual(1);
      }
  });

  it('mostOpposed finds the actor with the lowest score, or null when none shares a position', () => {
    expect(mostOpposed(loadFixture(variantDoc()), actor('council'))?.id).toBe('parents');
    expect(mostOpposed(loadFixture(smallDebate()), actor('pupils'))).toBeNull();
  });

  it('mostOpposed is the first actor, in debate order, of the lowest agreementScore', () => {
    fc.assert(
      fc.property(arbitraryDebate(), fc.boolean(), (doc, complements) => {
        // Complementary positions (odd ones after an even one on the same issue), whose
        // mirrored stances count once.
        const positions = doc.positions as { id: string; issue: string; complementOf?: string }[];
        if (complements)
          positions.forEach((p, i) => {
            const before = positions[i - 1];
            if (i % 2 && before?.issue === p.issue) p.complementOf = before.id;
          });
        const debate = loadFixture(doc);
        for (const reference of debate.actors) {
          let expected: { id: ActorId; score: number } | null = null;
          for (const other of debate.actors) {
            if (other.id === reference.id) continue;
            const { score } = agreementScore(debate, reference.id, other.id);
            if (score !== null && (!expected || score < expected.score))
              expected = { id: other.id, score };
          }
          expect(mostOpposed(debate, reference.id)?.id ?? null).toBe(expected?.id ?? null);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('has a plain-English explanation', () => {
    expect(AGREEMENT_SCORE_EXPLANATION).toContain('−1');
    expect(AGREEMENT_SCORE_EXPLANATION).toContain('+1');
  });
});

describe('actor orders', () => {
  /** The variant, plus actors for ties and for null scores. */
  function orderDoc() {
    const doc = variantDoc();
    for (const [id, name] of [
      ['zeta', 'Zeta group'],
      ['beta', 'Beta group'],
      ['press', 'Press'],
      ['alpha', 'Alpha group'],
    ] as const) {
      doc.actors.push({
        id,
        name,
        kind: 'civil-society',
        summary: 'A group.',
      });
    }
    // zeta and beta agree with the council on the one position they share: +1 each.
    doc.stances.push(stance('zeta', 'require', 'for'), stance('beta', 'require', 'for'));
    return doc;
  }
  const debate = loadFixture(orderDoc());

  it('sorts by name, locale-aware', () => {
    expect(ids(sortActorsByName(loadFixture(smallDebate())))).toEqual([
      'parents',
      'pupils',
      'council',
    ]);
    expect(ids(sortActorsByName(debate))).toEqual([
      'alpha',
      'beta',
      'parents',
      'press',
      'pupils',
      'council',
      'teachers',
      'zeta',
    ]);
  });

  it('sorts by kind, then name', () => {
    expect(ids(sortActorsByKind(debate))).toEqual([
      'pupils', // affected-people
      'alpha', // civil-society …
      'beta',
      'parents',
      'press',
      'zeta',
      'council', // institution …
      'teachers',
    ]);
  });

  it('sorts by agreement with a reference: it first, best score next, null last, ties by name', () => {
    // Scores against the council: beta +1, zeta +1, teachers 2/3, pupils 0,
    // parents −2/3; alpha and press share nothing with it.
    expect(ids(sortActorsByAgreement(debate, actor('council')))).toEqual([
      'council',
      'beta',
      'zeta',
      'teachers',
      'pupils',
      'parents',
      'alpha',
      'press',
    ]);
  });

  it('puts the reference first even when it shares nothing, and sorts an unknown one by name', () => {
    expect(ids(sortActorsByAgreement(debate, actor('press')))[0]).toBe('press');
    expect(ids(sortActorsByAgreement(debate, actor('nobody')))).toEqual(
      ids(sortActorsByName(debate)),
    );
  });

  it('does not change the debate’s own actor order', () => {
    const before = ids(debate.actors);
    sortActorsByAgreement(debate, actor('council'));
    sortActorsByKind(debate);
    sortActorsByName(debate);
    expect(ids(debate.actors)).toEqual(before);
  });
});
