import { describe, expect, it } from 'vitest';
import { loadDebateText, loadDebateValue } from '../../src/loader/load-debate';
import { DEFAULT_LIMITS } from '../../src/loader/limits';
import { formatProblem, type ProblemCode } from '../../src/loader/problems';
import { smallDebate, type SmallDebate } from '../fixtures/small-debate';

type Doc = SmallDebate & Record<string, unknown>;

function errorsOf(mutate: (doc: Doc) => void) {
  const doc = smallDebate() as Doc;
  mutate(doc);
  const result = loadDebateValue(doc);
  if (result.ok) throw new Error('expected the load to fail');
  return result.errors.map((p) => ({ code: p.code, path: p.path }));
}

describe('a valid debate', () => {
  it('loads with no problems', () => {
    const result = loadDebateValue(smallDebate());
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('loads from text with a byte-order mark', () => {
    const result = loadDebateText('\uFEFF' + JSON.stringify(smallDebate()));
    expect(result.ok).toBe(true);
  });
});

describe('one fixture per kind of problem', () => {
  const cases: [ProblemCode, string, (doc: Doc) => void][] = [
    ['missing-field', 'meta.title', (d) => delete (d.meta as Partial<Doc['meta']>).title],
    ['wrong-type', 'issues', (d) => ((d as Record<string, unknown>).issues = 'none')],
    ['empty-text', 'actors[0].name', (d) => (d.actors[0]!.name = '   ')],
    ['bad-id', 'positions[1].id', (d) => (d.positions[1]!.id = 'Make Optional')],
    ['bad-date', 'events[0].date', (d) => (d.events[0]!.date = '22 June')],
    ['bad-value', 'stances[2].stance', (d) => (d.stances[2]!.stance = 'maybe')],
    [
      'bad-list-length',
      'tours[0].steps[1].compare',
      (d) => (d.tours[0]!.steps[1]!.compare = ['council']),
    ],
    ['bad-language', 'meta.language', (d) => (d.meta.language = 'English!')],
    ['duplicate-id', 'arguments[0].id', (d) => (d.arguments[0]!.id = 'require')],
    ['unknown-reference', 'stances[1].position', (d) => (d.stances[1]!.position = 'engage-yes')],
    ['wrong-kind-reference', 'arguments[0].target', (d) => (d.arguments[0]!.target = 'parents')],
    ['duplicate-stance', 'stances[1]', (d) => (d.stances[1]!.actor = 'council')],
    [
      'duplicate-reference',
      'arguments[1].by[1]',
      (d) => (d.arguments[1]!.by = ['parents', 'parents']),
    ],
    ['self-target', 'arguments[2].target', (d) => (d.arguments[2]!.target = 'subsidy')],
    ['self-target', 'actors[2].memberOf', (d) => (d.actors[2]!.memberOf = 'pupils')],
    ['bad-url', 'sources[0].url', (d) => (d.sources[0]!.url = 'javascript:alert(1)')],
    ['impossible-date', 'events[0].date', (d) => (d.events[0]!.date = '2026-02-30')],
    ['not-a-debate', 'format', (d) => ((d as Record<string, unknown>).format = 'kialo')],
    ['unsupported-version', 'version', (d) => ((d as Record<string, unknown>).version = 2)],
  ];

  it.each(cases)('%s at %s', (code, path, mutate) => {
    expect(errorsOf(mutate)).toContainEqual({ code, path });
  });

  it('explains a dangling reference as the format’s own example does', () => {
    const doc = smallDebate() as Doc;
    doc.stances[1]!.position = 'engage-yes';
    const result = loadDebateValue(doc);
    expect(!result.ok && result.errors.map(formatProblem)).toEqual([
      'stances[1].position: "engage-yes" is not a position id',
    ]);
  });

  it('refuses data: and other schemes, keeps http and https', () => {
    for (const url of ['data:text/html,<script>', 'ftp://x.org/a', 'not a url']) {
      expect(errorsOf((d) => (d.sources[0]!.url = url))).toEqual([
        { code: 'bad-url', path: 'sources[0].url' },
      ]);
    }
    const doc = smallDebate();
    doc.sources[0]!.url = 'http://example.org/';
    expect(loadDebateValue(doc).ok).toBe(true);
  });

  it('collects every problem, not only the first', () => {
    const errors = errorsOf((d) => {
      d.stances[0]!.actor = 'nobody';
      d.positions[0]!.issue = 'council';
      d.arguments[1]!.relation = 'undermines';
    });
    expect(errors).toHaveLength(3);
  });

  it('names the kind of a wrong-kind reference', () => {
    const doc = smallDebate() as Doc;
    doc.positions[0]!.issue = 'council';
    const result = loadDebateValue(doc);
    expect(!result.ok && result.errors[0]!.message).toBe(
      '"council" is not an issue id; it is an actor',
    );
  });
});

describe('warnings and extensions', () => {
  it('keeps x- fields and warns about other unknown fields without blocking', () => {
    const doc = smallDebate() as Doc;
    (doc.actors[0] as Record<string, unknown>)['x-colour'] = 'red';
    (doc.actors[0] as Record<string, unknown>).colour = 'red';
    const result = loadDebateValue(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknown-field', 'actors[0].colour'],
    ]);
    expect(result.debate.actors[0]!.extensions).toEqual({ 'x-colour': 'red' });
    expect(result.debate.meta.extensions).toEqual({ 'x-editor': 'tests' });
  });
});

describe('limits, checked before the detailed passes', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const result = loadDebateText('x'.repeat(DEFAULT_LIMITS.maxBytes + 1));
    expect(!result.ok && result.errors.map((p) => p.code)).toEqual(['too-large']);
  });

  it('counts multi-byte characters as bytes', () => {
    const text = JSON.stringify({ ...smallDebate(), 'x-pad': 'د'.repeat(60) });
    const result = loadDebateText(text, { ...DEFAULT_LIMITS, maxBytes: text.length + 10 });
    expect(!result.ok && result.errors[0]!.code).toBe('too-large');
  });

  it('refuses deep nesting without a stack overflow', () => {
    const depth = 200_000;
    const result = loadDebateText('['.repeat(depth) + ']'.repeat(depth));
    expect(!result.ok && result.errors.map((p) => p.code)).toEqual(['too-deep']);
  });

  it('ignores brackets inside strings when measuring depth', () => {
    const doc = { ...smallDebate(), 'x-note': '[['.repeat(500) + '\\"{' };
    expect(loadDebateText(JSON.stringify(doc)).ok).toBe(true);
  });

  it('refuses too many nodes and too many edges', () => {
    const nodes = loadDebateValue(smallDebate(), { ...DEFAULT_LIMITS, maxNodes: 10 });
    expect(!nodes.ok && nodes.errors.map((p) => p.code)).toEqual(['too-many-nodes']);
    const edges = loadDebateValue(smallDebate(), { ...DEFAULT_LIMITS, maxEdges: 12 });
    expect(!edges.ok && edges.errors.map((p) => p.code)).toEqual(['too-many-edges']);
  });

  it('reports invalid JSON', () => {
    const result = loadDebateText('{"format": "debate-graph",');
    expect(!result.ok && result.errors.map((p) => p.code)).toEqual(['invalid-json']);
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['null', '[]', '"debate"', '42']) {
      const result = loadDebateText(text);
      expect(!result.ok && result.errors.map((p) => p.code)).toEqual(['not-a-debate']);
    }
  });
});
