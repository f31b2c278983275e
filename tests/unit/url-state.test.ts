import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, VIEWS, type ActorId, type NodeId } from '../../src/domain/model';
import { DEFAULT_SHAREABLE, type ShareableState } from '../../src/store/app-store';
import { isDeliberateMove, readUrlState, writeUrlState } from '../../src/store/url-state';
import { loadFixture } from '../component/render';

const debate = loadFixture();

describe('reading a link', () => {
  it('reads every parameter it owns', () => {
    const { state, warnings } = readUrlState(
      '?view=compare&select=equality&types=issue,actor&issue=cost&q=uni&theme=dark&compare=council,parents',
      debate,
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      view: 'compare',
      selected: 'equality',
      types: ['issue', 'actor'],
      issue: 'cost',
      query: 'uni',
      theme: 'dark',
      compare: ['council', 'parents'],
    });
  });

  it('ignores unknown or invalid values with a warning, never a crash', () => {
    const { state, warnings } = readUrlState(
      '?view=map&select=nobody&types=issue,blob&issue=council&theme=neon&compare=council,require,council,parents,pupils,zz',
      debate,
    );
    expect(state).toEqual({
      ...DEFAULT_SHAREABLE,
      types: ['issue'],
      compare: ['council', 'parents', 'pupils'],
    });
    expect(warnings.map((w) => w.split(':')[0])).toEqual([
      'ignored view=map',
      'ignored select=nobody',
      'ignored types=blob',
      'ignored issue=council',
      'ignored theme=neon',
      'ignored compare=require',
      'ignored compare=council',
      'ignored compare=zz',
    ]);
  });

  it('gives the defaults for an empty query', () => {
    expect(readUrlState('', debate)).toEqual({ state: DEFAULT_SHAREABLE, warnings: [] });
  });
});

describe('writing a link', () => {
  it('leaves defaults out and keeps parameters it does not own', () => {
    expect(writeUrlState(DEFAULT_SHAREABLE, '?dataset=x&embed=1&select=old')).toBe(
      '?dataset=x&embed=1',
    );
    expect(
      writeUrlState(
        {
          ...DEFAULT_SHAREABLE,
          types: ['issue', 'position'],
          compare: ['council', 'parents'] as ActorId[],
        },
        '',
      ),
    ).toBe('?types=issue,position&compare=council,parents');
  });

  it('round-trips any state through the query string', () => {
    const ids = debate.nodes.map((n) => n.id);
    const actors = debate.actors.map((a) => a.id);
    const state = fc.record({
      view: fc.constantFrom(...VIEWS),
      selected: fc.option(fc.constantFrom(...ids), { nil: null }),
      types: fc.subarray([...NODE_TYPES], { minLength: 1 }),
      issue: fc.option(fc.constantFrom(...debate.issues.map((i) => i.id)), { nil: null }),
      query: fc.string({ maxLength: 20 }),
      theme: fc.constantFrom(null, 'light', 'dark', 'contrast'),
      compare: fc.subarray(actors, { maxLength: Math.min(4, actors.length) }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const written = writeUrlState(s as ShareableState, '?dataset=d');
        expect(readUrlState(written, debate).state).toEqual(s);
        expect(new URLSearchParams(written).get('dataset')).toBe('d');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('history entries', () => {
  it('pushes for a new view or comparison, replaces for selection and filters', () => {
    const base = DEFAULT_SHAREABLE;
    expect(isDeliberateMove(base, { ...base, view: 'matrix' })).toBe(true);
    expect(isDeliberateMove(base, { ...base, compare: ['council' as ActorId] })).toBe(true);
    expect(isDeliberateMove(base, { ...base, selected: 'council' as NodeId })).toBe(false);
    expect(isDeliberateMove(base, { ...base, query: 'x', types: ['issue'] })).toBe(false);
  });
});
