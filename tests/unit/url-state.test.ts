import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, VIEWS, type ActorId, type NodeId, type TourId } from '../../src/domain/model';
import { DEFAULT_SHAREABLE, type ShareableState } from '../../src/store/app-store';
import {
  MAX_QUERY,
  isDeliberateMove,
  readUrlState,
  datasetSearch,
  readStartup,
  rendererAsked,
  sourceSearch,
  startupWarnings,
  writeUrlState,
} from '../../src/store/url-state';
import { loadFixture } from '../fixtures/load';

const debate = loadFixture();

describe('reading a link', () => {
  it('reads every parameter it owns', () => {
    const { state, warnings } = readUrlState(
      '?view=compare&select=equality&types=issue,actor&issue=cost&q=uni&theme=dark&compare=council,parents&at=2026-06',
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
      at: '2026-06',
      tour: null,
      step: 1,
    });
  });

  it('ignores unknown or invalid values with a warning, never a crash', () => {
    const { state, warnings } = readUrlState(
      '?view=map&select=nobody&types=issue,blob&issue=council&theme=neon&compare=council,require,council,parents,pupils,zz&at=2026-02-30',
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
      'ignored part of compare=council,require,council,parents,pupils,zz',
      'ignored at=2026-02-30',
    ]);
    expect(warnings.find((w) => w.includes('compare='))).toContain(
      'an id listed more than once is compared once; no such actor in this debate: require, zz',
    );
  });

  it('de-duplicates compare= before checking it, and warns once however long it is', () => {
    const { state, warnings } = readUrlState(
      `?compare=${Array(8_000).fill('council').join(',')},parents`,
      debate,
    );
    expect(state.compare).toEqual(['council', 'parents']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.length).toBeLessThan(400);
  });

  it('cuts a long search to 200 characters and echoes only the start of long values', () => {
    const huge = 'x'.repeat(1_000_000);
    const { state, warnings } = readUrlState(`?q=${huge}&select=${huge}&types=${huge}`, debate);
    expect(state.query).toBe('x'.repeat(MAX_QUERY));
    expect(warnings.map((w) => w.split(':')[0])).toEqual([
      `ignored select=${'x'.repeat(59)}…`,
      `ignored types=${'x'.repeat(59)}…`,
      `ignored q=${'x'.repeat(59)}…`,
    ]);
  });

  it('warns about an empty types=', () => {
    const { state, warnings } = readUrlState('?types=', debate);
    expect(state.types).toEqual(DEFAULT_SHAREABLE.types);
    expect(warnings).toEqual(['ignored types=: empty; the graph shows every type']);
  });

  it('gives the defaults for an empty query', () => {
    expect(readUrlState('', debate)).toEqual({ state: DEFAULT_SHAREABLE, warnings: [] });
  });
});

describe('the parameters read at start-up', () => {
  it('warns about invalid embed, renderer and lang values, and accepts the valid ones', () => {
    expect(startupWarnings('?embed=1&renderer=canvas&lang=fa-AF')).toEqual([]);
    expect(
      startupWarnings('?embed=yes&renderer=webgl&lang=xx').map((w) => w.split(':')[0]),
    ).toEqual(['ignored embed=yes', 'ignored renderer=webgl', 'ignored lang=xx']);
  });
});

describe('the parameters that say where the debate comes from and how to draw it', () => {
  it('reads embed, data and dataset once, and warns when a link has both sources', () => {
    expect(readStartup('?embed=1&dataset=other')).toEqual({
      embed: true,
      data: null,
      dataset: 'other',
      warnings: [],
    });
    const both = readStartup('?data=https://example.org/d.json&dataset=other');
    expect(both).toMatchObject({ embed: false, data: 'https://example.org/d.json' });
    expect(both.warnings).toEqual(['the link has both data= and dataset=; opening data=.']);
  });

  it('reads the renderer asked for, and nothing else', () => {
    expect(rendererAsked('?renderer=canvas')).toBe('canvas');
    expect(rendererAsked('?renderer=svg')).toBe('svg');
    expect(rendererAsked('?renderer=webgl')).toBeNull();
    expect(rendererAsked('')).toBeNull();
  });

  it('names the source of a debate so a reload opens it again', () => {
    const library = [
      { id: 'first', title: 'First', file: 'first.json' },
      { id: debate.meta.id, title: 'Small', file: 'small.json' },
    ];
    const url = { kind: 'url', host: 'example.org', url: 'https://example.org/d.json' } as const;
    expect(sourceSearch(url, debate, library, '?dataset=first&view=matrix')).toBe(
      '?view=matrix&data=https%3A%2F%2Fexample.org%2Fd.json',
    );
    expect(sourceSearch({ kind: 'bundled' }, debate, library, '?data=x')).toBe(
      `?dataset=${debate.meta.id}`,
    );
    expect(sourceSearch({ kind: 'file', name: 'd.json' }, debate, library, '?data=x')).toBe('');
    expect(datasetSearch('other debate')).toBe('?dataset=other+debate');
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

  it('reads "as of" at year, month or day precision and ignores anything else', () => {
    for (const at of ['2026', '2026-06', '2026-06-22', '2024-02-29'])
      expect(readUrlState(`?at=${at}`, debate)).toEqual({
        state: { ...DEFAULT_SHAREABLE, at },
        warnings: [],
      });
    for (const at of ['', 'June', '2026-6', '2026-13', '2025-02-29', '2026-06-22T10:00', '26'])
      expect(readUrlState(`?at=${encodeURIComponent(at)}`, debate)).toEqual({
        state: DEFAULT_SHAREABLE,
        warnings: [expect.stringMatching(/^ignored at=/)],
      });
  });

  it('round-trips any state through the query string', () => {
    const isoDate = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        precision: fc.constantFrom(1, 2, 3),
      })
      .map(({ year, month, day, precision }) =>
        [
          String(year).padStart(4, '0'),
          String(month).padStart(2, '0'),
          String(day).padStart(2, '0'),
        ]
          .slice(0, precision)
          .join('-'),
      );
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
      at: fc.option(isoDate, { nil: null }),
      tour: fc.constantFrom(null, 'intro'),
      step: fc.constantFrom(1, 2),
    });
    fc.assert(
      fc.property(state, (drawn) => {
        const s = { ...drawn, step: drawn.tour ? drawn.step : 1 };
        // A step that compares actors always shows some: an empty comparison is not a state a tour reaches.
        fc.pre(!(s.tour && s.step === 2 && s.compare.length === 0));
        const written = writeUrlState(s as ShareableState, '?dataset=d');
        expect(readUrlState(written, debate).state).toEqual(s);
        expect(new URLSearchParams(written).get('dataset')).toBe('d');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tour links', () => {
  it('opens the step’s view and comparison when the link names only the tour and step', () => {
    const { state, warnings } = readUrlState('?tour=intro&step=2', debate);
    expect(warnings).toEqual([]);
    expect(state).toMatchObject({
      tour: 'intro',
      step: 2,
      view: 'compare',
      compare: ['council', 'parents'],
    });
  });

  it('keeps a step within the tour and ignores an unknown tour', () => {
    expect(readUrlState('?tour=intro&step=9', debate).state.step).toBe(2);
    expect(readUrlState('?tour=nope&step=2', debate).state).toMatchObject({ tour: null, step: 1 });
  });
});

describe('history entries', () => {
  it('pushes for a new view or comparison, replaces for selection and filters', () => {
    const base = DEFAULT_SHAREABLE;
    expect(isDeliberateMove(base, { ...base, view: 'matrix' })).toBe(true);
    expect(isDeliberateMove(base, { ...base, compare: ['council' as ActorId] })).toBe(true);
    expect(isDeliberateMove(base, { ...base, selected: 'council' as NodeId })).toBe(false);
    expect(isDeliberateMove(base, { ...base, query: 'x', types: ['issue'] })).toBe(false);
    // "As of": turning it on or off pushes, sliding between dates replaces.
    expect(isDeliberateMove(base, { ...base, at: '2026-06' })).toBe(true);
    expect(isDeliberateMove({ ...base, at: '2026-06' }, base)).toBe(true);
    expect(isDeliberateMove({ ...base, at: '2026-06' }, { ...base, at: '2026-06-22' })).toBe(false);
    expect(
      isDeliberateMove(
        { ...base, tour: 'intro' as TourId },
        { ...base, tour: 'intro' as TourId, step: 2 },
      ),
    ).toBe(true);
  });
});
