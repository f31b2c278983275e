import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixCsv } from '../../src/domain/matrix-csv';
import { loadDebateValue } from '../../src/loader/load-debate';
import { serialiseDebate } from '../../src/loader/serialise';
import { loadFixture } from '../fixtures/load';
import { smallDebate } from '../fixtures/small-debate';
import { arbitraryDebate } from './arbitraries';

describe('the matrix as CSV', () => {
  it('has a header and one row per actor, with each stance under its position', () => {
    const lines = matrixCsv(loadFixture()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('actor,kind,Require uniforms.,Make uniforms optional.,The school pays.');
    expect(lines.slice(1)).toEqual([
      'School council,institution,for,,',
      'Parents’ association,civil-society,against,,unclear',
      'Pupils,affected-people,,conditional,',
    ]);
  });

  it('quotes commas and quotes, and defuses cells that look like formulas', () => {
    const doc = smallDebate();
    doc.actors[0]!.name = '=HYPERLINK("x")';
    doc.actors[1]!.name = 'Parents, "united"';
    const result = loadDebateValue(doc);
    if (!result.ok) throw new Error('fixture');
    const rows = matrixCsv(result.debate).split('\r\n');
    expect(rows[1]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(rows[2]!.startsWith('"Parents, ""united"""')).toBe(true);
  });
});

describe('the debate as JSON', () => {
  it('loads again to the same debate, extensions included', () => {
    fc.assert(
      fc.property(arbitraryDebate(), (doc) => {
        const first = loadDebateValue(doc);
        if (!first.ok) throw new Error('generated debate does not load');
        const again = loadDebateValue(JSON.parse(JSON.stringify(serialiseDebate(first.debate))));
        expect(again.ok && again.warnings).toEqual([]);
        if (!again.ok) return;
        expect(serialiseDebate(again.debate)).toEqual(serialiseDebate(first.debate));
        expect(again.debate.edges.map((e) => e.id)).toEqual(first.debate.edges.map((e) => e.id));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every part of the small fixture, x- fields too', () => {
    const written = serialiseDebate(loadFixture());
    const { $schema, ...rest } = written;
    expect($schema).toBe('./debate-graph.schema.json');
    expect(rest).toEqual(
      (({ $schema: _drop, ...doc }) => ({
        ...doc,
        glossary: doc.glossary,
      }))(smallDebate()),
    );
  });
});
