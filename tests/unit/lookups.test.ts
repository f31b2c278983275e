import { describe, expect, it } from 'vitest';
import { nodeOfType, sourcedEvidence } from '../../src/domain/lookups';
import type { SourceId } from '../../src/domain/model';
import { loadFixture } from '../fixtures/load';

describe('lookups', () => {
  const debate = loadFixture();

  it('nodeOfType finds a node only under its own type', () => {
    expect(nodeOfType(debate, 'council', 'actor')?.name).toBe('School council');
    expect(nodeOfType(debate, 'council', 'position')).toBeNull();
    expect(nodeOfType(debate, 'nobody', 'actor')).toBeNull();
    // Ids are looked up in Maps, never on plain objects.
    expect(nodeOfType(debate, '__proto__', 'actor')).toBeNull();
  });

  it('sourcedEvidence puts the source beside each quote and keeps the note', () => {
    const source = (id: string) => id as SourceId;
    expect(
      sourcedEvidence(debate, [
        { source: source('paper'), quote: 'We will see.', note: 'Vague.' },
        { source: source('missing'), quote: 'Unsourced.' },
      ]),
    ).toEqual([
      {
        quote: 'We will see.',
        note: 'Vague.',
        sourceId: 'paper',
        source: expect.objectContaining({ title: 'Town paper' }),
      },
      { quote: 'Unsourced.', sourceId: 'missing', source: undefined },
    ]);
  });
});
