import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/load';
import { smallDebate } from '../fixtures/small-debate';
import { arbitraryDebate } from './arbitraries';

describe('format → graph', () => {
  const debate = loadFixture(smallDebate());

  it('makes a node of each issue, position, actor and argument, in a stable order', () => {
    expect(debate.nodes.map((n) => `${n.type}:${n.id}`)).toEqual([
      'issue:uniforms',
      'issue:cost',
      'position:require',
      'position:optional',
      'position:school-pays',
      'actor:council',
      'actor:parents',
      'actor:pupils',
      'argument:equality',
      'argument:cost-burden',
      'argument:subsidy',
    ]);
  });

  it('makes the edges of the format’s table', () => {
    expect(debate.edges.map((e) => [e.type, e.source, e.target, e.stance ?? null])).toEqual([
      ['answers', 'require', 'uniforms', null],
      ['answers', 'optional', 'uniforms', null],
      ['answers', 'school-pays', 'cost', null],
      ['stance', 'council', 'require', 'for'],
      ['stance', 'parents', 'require', 'against'],
      ['stance', 'pupils', 'optional', 'conditional'],
      ['stance', 'parents', 'school-pays', 'unclear'],
      ['supports', 'equality', 'require', null],
      ['attacks', 'cost-burden', 'equality', null],
      ['attacks', 'subsidy', 'cost-burden', null],
      ['makes', 'council', 'equality', null],
      ['makes', 'parents', 'cost-burden', null],
      ['makes', 'pupils', 'cost-burden', null],
      ['member-of', 'pupils', 'council', null],
    ]);
  });

  it('indexes stances, positions and arguments', () => {
    expect(debate.index.stancesOfActor.get(debate.actors[1]!.id)?.map((s) => s.position)).toEqual([
      'require',
      'school-pays',
    ]);
    expect(debate.index.positionsOfIssue.get(debate.issues[0]!.id)?.map((p) => p.id)).toEqual([
      'require',
      'optional',
    ]);
    expect(debate.index.argumentsOnTarget.get(debate.arguments[0]!.id)?.map((a) => a.id)).toEqual([
      'cost-burden',
    ]);
    expect(debate.index.argumentsByActor.get(debate.actors[2]!.id)?.map((a) => a.id)).toEqual([
      'cost-burden',
    ]);
    expect(debate.actors[1]!.shortLabel).toBe('Parents');
  });
});

describe('graph builder properties', () => {
  it('every edge joins two existing nodes, ids are unique, and adjacency mirrors the edges', () => {
    fc.assert(
      fc.property(arbitraryDebate(), (doc) => {
        const debate = loadFixture(doc);
        const ids = new Set(debate.nodes.map((n) => n.id));
        expect(ids.size).toBe(debate.nodes.length);
        expect(new Set(debate.edges.map((e) => e.id)).size).toBe(debate.edges.length);
        for (const edge of debate.edges) {
          expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
          expect(debate.index.outgoing.get(edge.source)).toContain(edge);
          expect(debate.index.incoming.get(edge.target)).toContain(edge);
        }
        const byCount = doc.arguments.reduce((n, a) => n + a.by.length, 0);
        const members = doc.actors.filter((a) => 'memberOf' in a).length;
        expect(debate.edges).toHaveLength(
          doc.positions.length + doc.stances.length + doc.arguments.length + byCount + members,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic: the same document gives the same graph', () => {
    fc.assert(
      fc.property(arbitraryDebate(), (doc) => {
        const a = loadFixture(doc);
        const b = loadFixture(structuredClone(doc));
        expect(b.nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id));
        expect(b.edges.map((e) => e.id)).toEqual(a.edges.map((e) => e.id));
      }),
      { numRuns: 1000 },
    );
  });
});
