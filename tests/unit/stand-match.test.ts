import { describe, expect, it } from 'vitest';
import { matchActors, positionsByIssue, type StandAnswers } from '../../src/domain/stand-match';
import { loadFixture } from '../fixtures/load';
import { answersOf, standDebate } from '../fixtures/stand-debate';

const debate = loadFixture(standDebate());

const percentOf = (answers: StandAnswers, actor: string) =>
  [...matchActors(debate, answers).ranked, ...matchActors(debate, answers).apart].find(
    (m) => m.actor.id === actor,
  )?.percent;

describe('matching answers with actors (city-block)', () => {
  it('scores 100 % with an actor answered exactly like, and 0 % with its opposite', () => {
    const likeAllFor = answersOf({ p1: 'agree', p2: 'agree', p3: 'agree', p4: 'agree' });
    const result = matchActors(debate, likeAllFor);
    expect(result.ranked[0]?.actor.id).toBe('all-for');
    expect(result.ranked[0]?.percent).toBe(100);
    expect(percentOf(likeAllFor, 'all-against')).toBe(0);

    const likeMixed = answersOf({ p1: 'agree', p2: 'partly', p3: 'disagree' });
    expect(percentOf(likeMixed, 'mixed')).toBe(100);
    const oppositeOfMixed = answersOf({ p1: 'disagree', p2: 'partly', p3: 'agree' });
    // Partly beside conditional is no distance: 200 of 300 → 33 %.
    expect(percentOf(oppositeOfMixed, 'mixed')).toBe(33);
  });

  it('puts Partly half-way: 50 from both for and against', () => {
    const partly = answersOf({ p1: 'partly', p2: 'partly', p3: 'partly' });
    expect(percentOf(partly, 'all-for')).toBe(50);
    expect(percentOf(partly, 'all-against')).toBe(50);
  });

  it('ranks nobody when every answer is No opinion, and counts the answers', () => {
    const result = matchActors(
      debate,
      answersOf({ p1: 'none', p2: 'none', p3: 'none', p4: 'none' }),
    );
    expect(result).toMatchObject({ answered: 4, counted: 0, ranked: [], apart: [] });
  });

  it('drops No opinion and unclear stances from the count', () => {
    const result = matchActors(
      debate,
      answersOf({ p1: 'agree', p2: 'none', p3: 'disagree', p4: 'agree' }),
    );
    const mixed = result.apart.find((m) => m.actor.id === 'mixed');
    // p2 dropped by the student, p4 by mixed's unclear stance: p1 and p3 compared, both the
    // same; two of the three counted positions are too few to rank.
    expect(result.counted).toBe(3);
    expect(mixed).toMatchObject({ compared: 2, distance: 0, maxDistance: 200, percent: 100 });
    expect(mixed?.rows.map((r) => r.status)).toEqual(['compared', 'compared', 'unclear']);
  });

  it('counts a position that matters more twice', () => {
    // all-for: p1 same (0), p2 opposite (100). Unweighted 50 %; p2 doubled: 1 − 200/300.
    expect(percentOf(answersOf({ p1: 'agree', p2: 'disagree', p3: 'agree' }), 'all-for')).toBe(67);
    expect(
      percentOf(answersOf({ p1: 'agree', p2: ['disagree', true], p3: 'agree' }), 'all-for'),
    ).toBe(50);
    expect(
      percentOf(answersOf({ p1: ['agree', true], p2: 'disagree', p3: 'agree' }), 'all-for'),
    ).toBe(75);
    const weighted = matchActors(debate, answersOf({ p1: ['agree', true], p2: 'disagree' }));
    expect(weighted.weighted).toBe(1);
    expect(weighted.ranked.find((m) => m.actor.id === 'all-for')).toMatchObject({
      distance: 100,
      maxDistance: 300,
    });
  });

  it('shows actors with too few comparable stances apart, never ranked', () => {
    const result = matchActors(debate, answersOf({ p1: 'agree', p2: 'agree', p3: 'agree' }));
    expect(result.needed).toBe(3);
    expect(result.apart.map((m) => m.actor.id)).toEqual(['lone']);
    expect(result.apart[0]?.percent).toBe(100);
    expect(result.ranked.map((m) => m.actor.id)).toEqual(['all-for', 'mixed', 'all-against']);
  });

  it('asks no more positions in common than the student answered', () => {
    const result = matchActors(debate, answersOf({ p1: 'agree' }));
    expect(result.needed).toBe(1);
    expect(result.ranked.map((m) => m.actor.id)).toEqual([
      'all-for',
      'lone',
      'mixed',
      'all-against',
    ]);
  });

  it('lists actors with nothing to compare as uncompared', () => {
    const result = matchActors(debate, answersOf({ p4: 'agree' }));
    expect(result.uncompared.map((a) => a.id)).toEqual(['mixed', 'lone']);
  });

  it('groups positions by issue, or narrows to one', () => {
    expect(positionsByIssue(debate).map((g) => g.positions.length)).toEqual([4]);
    expect(positionsByIssue(debate, 'nope' as never)).toEqual([]);
  });
});
