// Complementary positions count once: an actor for one and against the other has said
// one thing, not two, in comparisons and agreement scores.
import { describe, expect, it } from 'vitest';
import { agreementScore, compareActors } from '../../src/domain/comparison';
import type { ActorId, PositionId, StanceValue } from '../../src/domain/model';
import {
  mirrorStances,
  mirrorTest,
  mirrors,
  primaryOfPosition,
} from '../../src/domain/mirror-stances';
import { loadFixture } from '../fixtures/load';
import { smallDebate } from '../fixtures/small-debate';

const actor = (s: string) => s as ActorId;
const position = (s: string) => s as PositionId;

function stance(actorId: string, positionId: string, value: StanceValue) {
  return {
    actor: actorId,
    position: positionId,
    stance: value,
    summary: 'A stance.',
    evidence: [{ source: 'paper', quote: 'Said so.' }],
  };
}

/**
 * The small debate with "optional" marked as the complement of "require", and stances so
 * that council and parents mirror themselves on the pair, pupils do only halfway:
 *   require   council for, parents against (fixture), pupils against
 *   optional  council against, parents for, pupils conditional (fixture)
 */
function mirroredDebate(complement = true) {
  const doc = smallDebate();
  const optional = doc.positions.find((p) => p.id === 'optional');
  if (optional && complement) Object.assign(optional, { complementOf: 'require' });
  doc.stances.push(
    stance('pupils', 'require', 'against'),
    stance('council', 'optional', 'against'),
    stance('parents', 'optional', 'for'),
  );
  return loadFixture(doc);
}

describe('mirror stances', () => {
  it('pairs only for with against', () => {
    expect(mirrors('for', 'against')).toBe(true);
    expect(mirrors('against', 'for')).toBe(true);
    expect(mirrors('for', 'for')).toBe(false);
    expect(mirrors('conditional', 'against')).toBe(false);
    expect(mirrors('unclear', 'unclear')).toBe(false);
  });

  it('takes the earlier position of a pair as its primary, whichever names the other', () => {
    expect([...primaryOfPosition(mirroredDebate())]).toEqual([['optional', 'require']]);
    const doc = smallDebate();
    Object.assign(doc.positions.find((p) => p.id === 'require') ?? {}, {
      complementOf: 'optional',
    });
    expect([...primaryOfPosition(loadFixture(doc))]).toEqual([['optional', 'require']]);
  });

  it('finds the stances on the secondary position that mirror the primary', () => {
    const debate = mirroredDebate();
    const found = mirrorStances(debate).map(({ stance: s, of }) => [
      s.actor,
      s.position,
      of.stance,
    ]);
    expect(found).toEqual([
      ['council', 'optional', 'for'],
      ['parents', 'optional', 'against'],
    ]);
    const isMirror = mirrorTest(debate);
    expect(isMirror(actor('council'), position('optional'))).toBe(true);
    expect(isMirror(actor('pupils'), position('optional'))).toBe(false);
    expect(isMirror(actor('council'), position('require'))).toBe(false);
  });

  it('finds none where no position names a complement', () => {
    expect(mirrorStances(mirroredDebate(false))).toEqual([]);
  });

  it('counts a mirrored pair once in the agreement score', () => {
    // Unmarked: council and parents disagree twice (−1, −1); marked: once.
    expect(agreementScore(mirroredDebate(false), actor('council'), actor('parents'))).toEqual({
      score: -1,
      shared: 2,
    });
    expect(agreementScore(mirroredDebate(), actor('council'), actor('parents'))).toEqual({
      score: -1,
      shared: 1,
    });
    // Pupils' "conditional" on the secondary is no mirror, so it still counts (0).
    expect(agreementScore(mirroredDebate(), actor('council'), actor('pupils'))).toEqual({
      score: -0.5,
      shared: 2,
    });
  });

  it('shows a mirror row but leaves it out of the comparison counts', () => {
    const plain = compareActors(mirroredDebate(false), [actor('council'), actor('parents')]);
    expect(plain.summary.disagree).toBe(2);
    expect(plain.sharpest.map((r) => r.position.id)).toEqual(['require', 'optional']);

    const marked = compareActors(mirroredDebate(), [actor('council'), actor('parents')]);
    const rows = marked.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.position.id, r.agreement, r.mirrorOf ?? null])).toEqual([
      ['require', 'disagree', null],
      ['optional', 'disagree', 'require'],
      ['school-pays', 'partial', null],
    ]);
    expect(marked.summary).toEqual({ agree: 0, disagree: 1, partial: 1, none: 0 });
    expect(marked.sharpest.map((r) => r.position.id)).toEqual(['require']);

    // With pupils in the comparison the secondary row says something new, so it counts.
    const three = compareActors(mirroredDebate(), actors('council', 'parents', 'pupils'));
    expect(three.groups[0]?.rows[1]?.mirrorOf).toBeUndefined();
    expect(three.summary.disagree).toBe(2);
  });
});

function actors(...ids: string[]) {
  return ids.map(actor);
}
