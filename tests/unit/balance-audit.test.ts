// The balance report: sides of arguments, defeats by side, stance bases, mirror stances.
import { describe, expect, it } from 'vitest';
import { auditBalance, formatBalance, sideOf } from '../../src/domain/balance-audit';
import type { ArgumentId } from '../../src/domain/model';
import { loadFixture } from '../fixtures/load';
import { paperArgument, smallDebate } from '../fixtures/small-debate';

// The small debate: "equality" supports "require"; "cost-burden" attacks "equality";
// "subsidy" attacks "cost-burden". So equality stands (its attacker is defeated).
function argument(debate: ReturnType<typeof loadFixture>, id: string) {
  const found = debate.arguments.find((a) => a.id === (id as ArgumentId));
  if (!found) throw new Error(id);
  return found;
}

describe('balance audit', () => {
  it('gives each argument the side of the position it ultimately bears on', () => {
    const debate = loadFixture();
    expect(sideOf(debate, argument(debate, 'equality'))).toEqual({
      position: 'require',
      polarity: 'for',
    });
    expect(sideOf(debate, argument(debate, 'cost-burden'))?.polarity).toBe('against');
    // An attack on an attack speaks for the position.
    expect(sideOf(debate, argument(debate, 'subsidy'))?.polarity).toBe('for');
  });

  it('folds a side on the second of two opposite positions onto the first', () => {
    const doc = smallDebate();
    Object.assign(doc.positions.find((p) => p.id === 'optional') ?? {}, {
      complementOf: 'require',
    });
    doc.arguments.push(paperArgument('choice', 'Choice is good.', 'optional', 'Choose.'));
    const debate = loadFixture(doc);
    expect(sideOf(debate, argument(debate, 'choice'))).toEqual({
      position: 'require',
      polarity: 'against',
    });
  });

  it('counts arguments, attacks and defeats by side, and flags a one-sided issue', () => {
    const debate = loadFixture();
    const balance = auditBalance(debate);
    const uniforms = balance.issues.find((i) => i.issue.id === 'uniforms');
    expect(uniforms?.sides).toEqual([
      {
        side: { position: 'require', polarity: 'for' },
        arguments: 2,
        attacksOnArguments: 1,
        attacksOnPositions: 0,
        defeated: 0,
      },
      {
        side: { position: 'require', polarity: 'against' },
        arguments: 1,
        attacksOnArguments: 1,
        attacksOnPositions: 0,
        defeated: 1,
      },
    ]);
    expect(uniforms?.defeated.map((d) => d.argument.id)).toEqual(['cost-burden']);
    expect(uniforms?.defeatedOnOneSide).toEqual({ position: 'require', polarity: 'against' });
    expect(uniforms?.explainedInNotes).toBe(false);
    expect(balance.unexplainedOneSided.map((i) => i.id)).toEqual(['uniforms']);
    expect(uniforms?.contested.map((p) => p.id)).toEqual(['require']);
  });

  it('accepts a one-sided issue that the notes explain, and counts stance bases', () => {
    const doc = smallDebate();
    const question = doc.issues[0]?.question ?? '';
    Object.assign(doc.meta, { notes: `The only source is one-sided on “${question}”.` });
    Object.assign(doc.stances[0] ?? {}, { basis: 'stated' });
    Object.assign(doc.stances[1] ?? {}, { basis: 'inferred' });
    const balance = auditBalance(loadFixture(doc));
    expect(balance.unexplainedOneSided).toEqual([]);
    expect(balance.stancesByBasis).toEqual({ stated: 1, reported: 0, inferred: 1, unspecified: 2 });
    expect(balance.inferredWithoutReason.map((s) => s.actor)).toEqual(['parents']);
    const text = formatBalance(loadFixture(doc), balance);
    expect(text).toContain('Inferred stances without a reason: 1.');
    expect(text).toContain('| against `require` | 1 | 1 | 0 | 1 |');
    expect(text).toContain('- Defeated arguments: `cost-burden` (against `require`).');
    expect(text).toContain('yes, against `require` (explained in the notes)');
  });
});
