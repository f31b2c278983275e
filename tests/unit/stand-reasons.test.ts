import { describe, expect, it } from 'vitest';
import type { ArgumentId, ArgumentNode } from '../../src/domain/model';
import {
  actorReasons,
  conclusionOf,
  sharedReasons,
  studentReasons,
  type StandVerdicts,
  type Verdict,
} from '../../src/domain/stand-reasons';
import { loadFixture } from '../fixtures/load';
import { answersOf, standDebate } from '../fixtures/stand-debate';

const debate = loadFixture(standDebate());

const verdictsOf = (given: Record<string, Verdict>): StandVerdicts =>
  new Map(Object.entries(given) as [ArgumentId, Verdict][]);

const argument = (id: string) => debate.index.node.get(id as ArgumentId) as ArgumentNode;

/** Each actor's findings as "kind@position: shared claims", for readable expectations. */
function findings(answers: Parameters<typeof sharedReasons>[1], verdicts: StandVerdicts) {
  return Object.fromEntries(
    sharedReasons(debate, answers, verdicts).map(({ actor, findings }) => [
      actor.id,
      findings.map((f) => `${f.kind}@${f.position.id}: ${f.shared.map((a) => a.id).join(',')}`),
    ]),
  );
}

describe('the reasons that stand for a student', () => {
  it('follows an argument up to its position, flipping its side at each attack', () => {
    expect(conclusionOf(debate, argument('a-pro'))).toEqual({ position: 'p1', side: 'pro' });
    expect(conclusionOf(debate, argument('a-back'))).toEqual({ position: 'p1', side: 'pro' });
    expect(conclusionOf(debate, argument('a-con'))).toEqual({ position: 'p1', side: 'con' });
    expect(conclusionOf(debate, argument('a-rebut'))).toEqual({ position: 'p1', side: 'pro' });
  });

  it('gives an actor the arguments it makes and those that support them', () => {
    const allFor = debate.actors.find((a) => a.id === 'all-for');
    expect(allFor && [...actorReasons(debate, allFor)].sort()).toEqual(['a-back', 'a-pro']);
  });

  it('counts a convincing argument only while it stands, with the unconvincing withdrawn', () => {
    const skipped = studentReasons(debate, verdictsOf({ 'a-con': 'convincing' }));
    // a-rebut, skipped, still defeats a-con.
    expect(skipped.status.status.get('a-con' as ArgumentId)).toBe('defeated');
    expect([...skipped.standing]).toEqual([]);
    const withdrawn = studentReasons(
      debate,
      verdictsOf({ 'a-con': 'convincing', 'a-rebut': 'not-convincing' }),
    );
    expect([...withdrawn.standing]).toEqual(['a-con']);
    expect(withdrawn.status.status.has('a-rebut' as ArgumentId)).toBe(false);
  });

  it('names actors with the same conclusion and the same reasons, made or relied on', () => {
    const agree = answersOf({ p1: 'agree' });
    expect(findings(agree, verdictsOf({ 'a-pro': 'convincing' }))).toEqual({
      'all-for': ['same-reasons@p1: a-pro'],
    });
    expect(findings(agree, verdictsOf({ 'a-back': 'convincing' }))).toEqual({
      'all-for': ['same-reasons@p1: a-back'],
    });
  });

  it('tells a shared conclusion reached for different reasons', () => {
    expect(findings(answersOf({ p1: 'agree' }), verdictsOf({ 'a-rebut': 'convincing' }))).toEqual({
      'all-for': ['different-reasons@p1: '],
    });
  });

  it('tells a shared reason that leads the actor to another conclusion', () => {
    const verdicts = verdictsOf({ 'a-con': 'convincing', 'a-rebut': 'not-convincing' });
    expect(findings(answersOf({ p1: 'agree' }), verdicts)).toEqual({
      'all-against': ['shared-reason-other-conclusion@p1: a-con'],
      // all-for shares the conclusion; its reasons are not the student's.
      'all-for': ['different-reasons@p1: '],
    });
    expect(sharedReasons(debate, answersOf({ p1: 'agree' }), verdicts)[0]?.actor.id).toBe(
      'all-against',
    );
    expect(findings(answersOf({ p1: 'disagree' }), verdicts)).toEqual({
      'all-against': ['same-reasons@p1: a-con'],
    });
  });

  it('names nobody without a convincing argument that stands', () => {
    expect(sharedReasons(debate, answersOf({ p1: 'agree' }), new Map())).toEqual([]);
    expect(
      sharedReasons(debate, answersOf({ p1: 'agree' }), verdictsOf({ 'a-pro': 'not-convincing' })),
    ).toEqual([]);
  });

  it('stops on a cycle of targets instead of looping', () => {
    const doc = standDebate();
    doc.arguments.push(
      {
        id: 'c1',
        claim: 'C1.',
        target: 'c2',
        relation: 'attacks',
        by: [],
        evidence: doc.arguments[0]!.evidence,
      },
      {
        id: 'c2',
        claim: 'C2.',
        target: 'c1',
        relation: 'attacks',
        by: [],
        evidence: doc.arguments[0]!.evidence,
      },
    );
    const cyclic = loadFixture(doc);
    const c1 = cyclic.index.node.get('c1' as ArgumentId) as ArgumentNode;
    expect(conclusionOf(cyclic, c1)).toBeNull();
  });
});
