import { describe, expect, it } from 'vitest';
import {
  actorDetails,
  argumentDetails,
  issueDetails,
  nodeDetails,
  positionDetails,
} from '../../src/domain/details';
import { rootPosition } from '../../src/domain/issue-membership';
import type { NodeId } from '../../src/domain/model';
import { loadFixture } from '../fixtures/load';
import { paperArgument, smallDebate } from '../fixtures/small-debate';

const id = (s: string) => s as NodeId;
const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('details queries on the small debate', () => {
  const debate = loadFixture(smallDebate());

  it('actorDetails groups an actor’s stances by issue, in issue order', () => {
    const d = actorDetails(debate, id('parents'));
    expect(d).not.toBeNull();
    expect(
      d!.stancesByIssue.map((g) => [
        g.issue.id,
        g.stances.map((s) => [s.position.id, s.stance.stance]),
      ]),
    ).toEqual([
      ['uniforms', [['require', 'against']]],
      ['cost', [['school-pays', 'unclear']]],
    ]);
    const unclear = d!.stancesByIssue[1]!.stances[0]!;
    expect(unclear.evidence).toEqual([
      {
        quote: 'We will see.',
        note: 'Vague.',
        sourceId: 'paper',
        source: expect.objectContaining({ title: 'Town paper', publisher: 'Town Press' }),
      },
    ]);
    expect(ids(d!.arguments)).toEqual(['cost-burden']);
    expect(d!.events).toEqual([]);
    expect(d!.memberOf).toBeNull();
    expect(d!.members).toEqual([]);
  });

  it('actorDetails gives events, what it is a member of, and its members', () => {
    const council = actorDetails(debate, id('council'))!;
    expect(council.events.map((e) => e.id)).toEqual(['vote']);
    expect(ids(council.members)).toEqual(['pupils']);
    expect(council.memberOf).toBeNull();
    expect(ids(council.arguments)).toEqual(['equality']);

    const pupils = actorDetails(debate, id('pupils'))!;
    expect(pupils.memberOf?.id).toBe('council');
    expect(pupils.stancesByIssue.map((g) => g.issue.id)).toEqual(['uniforms']);
  });

  it('positionDetails gives the issue, stances grouped by value, and direct arguments', () => {
    const d = positionDetails(debate, id('require'))!;
    expect(d.issue?.id).toBe('uniforms');
    expect(d.stanceGroups.map((g) => [g.value, ids(g.holders.map((h) => h.actor))])).toEqual([
      ['for', ['council']],
      ['against', ['parents']],
    ]);
    expect(d.stanceGroups[0]!.holders[0]!.stance.summary).toBe('Wants them.');
    expect(ids(d.argumentsFor)).toEqual(['equality']);
    // cost-burden attacks the argument, not the position: it is not a direct argument.
    expect(ids(d.argumentsAgainst)).toEqual([]);
  });

  it('positionDetails orders groups for, against, conditional, unclear whatever the file order', () => {
    const doc = smallDebate();
    doc.stances = [
      {
        actor: 'pupils',
        position: 'require',
        stance: 'unclear',
        summary: 'U',
        evidence: [{ source: 'paper', quote: 'Q.' }],
      },
      {
        actor: 'parents',
        position: 'require',
        stance: 'conditional',
        summary: 'C',
        evidence: [{ source: 'paper', quote: 'Q.' }],
      },
      {
        actor: 'council',
        position: 'require',
        stance: 'for',
        summary: 'F',
        evidence: [{ source: 'paper', quote: 'Q.' }],
      },
    ] as unknown as typeof doc.stances;
    const d = positionDetails(loadFixture(doc), id('require'))!;
    expect(d.stanceGroups.map((g) => g.value)).toEqual(['for', 'conditional', 'unclear']);
  });

  it('argumentDetails gives target, relation, makers, supporters and attackers, evidence and issue', () => {
    const equality = argumentDetails(debate, id('equality'))!;
    expect(equality.target?.id).toBe('require');
    expect(equality.relation).toBe('supports');
    expect(ids(equality.by)).toEqual(['council']);
    expect(ids(equality.supportedBy)).toEqual([]);
    expect(ids(equality.attackedBy)).toEqual(['cost-burden']);
    expect(equality.evidence.map((e) => [e.quote, e.source?.url])).toEqual([
      ['Nobody sees who is poor.', 'https://example.org/paper'],
    ]);
    expect(equality.position?.id).toBe('require');
    expect(equality.issue?.id).toBe('uniforms');

    const subsidy = argumentDetails(debate, id('subsidy'))!;
    expect(subsidy.target?.id).toBe('cost-burden');
    expect(subsidy.relation).toBe('attacks');
    expect(subsidy.by).toEqual([]);
    // Two levels up: subsidy → cost-burden → equality → require → uniforms.
    expect(subsidy.position?.id).toBe('require');
    expect(subsidy.issue?.id).toBe('uniforms');
  });

  it('issueDetails gives each position with who holds it, grouped by stance', () => {
    const d = issueDetails(debate, id('uniforms'))!;
    expect(
      d.positions.map((p) => [
        p.position.id,
        p.stanceGroups.map((g) => [g.value, ids(g.holders.map((h) => h.actor))]),
      ]),
    ).toEqual([
      [
        'require',
        [
          ['for', ['council']],
          ['against', ['parents']],
        ],
      ],
      ['optional', [['conditional', ['pupils']]]],
    ]);
  });

  it('returns null for an unknown id or a node of another type', () => {
    expect(actorDetails(debate, id('nobody'))).toBeNull();
    expect(actorDetails(debate, id('require'))).toBeNull();
    expect(positionDetails(debate, id('council'))).toBeNull();
    expect(argumentDetails(debate, id('uniforms'))).toBeNull();
    expect(issueDetails(debate, id('__proto__'))).toBeNull();
    expect(nodeDetails(debate, id('__proto__'))).toBeNull();
  });

  it('nodeDetails tags the details with the node’s type', () => {
    expect(nodeDetails(debate, id('council'))?.type).toBe('actor');
    expect(nodeDetails(debate, id('require'))?.type).toBe('position');
    expect(nodeDetails(debate, id('subsidy'))?.type).toBe('argument');
    expect(nodeDetails(debate, id('cost'))?.type).toBe('issue');
  });
});

describe('argument cycles', () => {
  // equality → subsidy → cost-burden → equality: three arguments attacking each other
  // in a loop, none of which reaches a position.
  function cyclic() {
    const doc = smallDebate();
    const equality = doc.arguments.find((a) => a.id === 'equality')!;
    equality.target = 'subsidy';
    equality.relation = 'attacks';
    return loadFixture(doc);
  }

  it('argumentDetails terminates and finds no issue', () => {
    const debate = cyclic();
    for (const a of ['equality', 'cost-burden', 'subsidy']) {
      const d = argumentDetails(debate, id(a))!;
      expect(d.position).toBeNull();
      expect(d.issue).toBeNull();
    }
    const equality = argumentDetails(debate, id('equality'))!;
    expect(equality.target?.id).toBe('subsidy');
    expect(ids(equality.attackedBy)).toEqual(['cost-burden']);
  });

  it('an argument leading into a cycle also terminates', () => {
    const doc = smallDebate();
    doc.arguments.find((a) => a.id === 'equality')!.target = 'subsidy';
    doc.arguments.push(paperArgument('tail', 'Into the loop.', 'equality', 'Round and round.'));
    const debate = loadFixture(doc);
    const tail = debate.index.node.get(id('tail'));
    expect(tail?.type).toBe('argument');
    if (tail?.type !== 'argument') return;
    expect(rootPosition(debate, tail)).toBeNull();
    expect(argumentDetails(debate, tail.id)!.issue).toBeNull();
  });
});
