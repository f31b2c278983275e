// AIF and Argdown in: the mapping, and the hostile cases of each.
import { describe, expect, it } from 'vitest';
import { importAif } from '../../src/loader/import/aif';
import { importArgdown } from '../../src/loader/import/argdown';
import { loadFiles } from '../../src/loader/import/door';
import { formatProblem } from '../../src/loader/problems';

type Json = Record<string, unknown>;
const bytes = (text: string) => new TextEncoder().encode(text);
const itemsOf = (doc: unknown, array: string) => (doc as Record<string, Json[]>)[array] ?? [];

const aif = (nodes: unknown[], edges: unknown[]) => JSON.stringify({ nodes, edges, locutions: [] });
const node = (nodeID: string | number, type: string, text = `claim ${nodeID}`) => ({
  nodeID,
  type,
  text,
});
const edge = (fromID: unknown, toID: unknown) => ({ fromID, toID });

describe('AIF JSON', () => {
  it('maps I-nodes, RA and CA to positions and arguments, through the door', async () => {
    const text = aif(
      [
        node(1, 'I', 'Open on Sundays'),
        node(2, 'I', 'Workers need weekends'),
        node(3, 'RA'),
        node(4, 'I', 'It costs too much'),
        node(5, 'CA'),
        node(6, 'L', 'Ana: it costs'),
        node(7, 'CA'),
        node(8, 'I', 'Budget grew'),
      ],
      [edge(2, 3), edge(3, 1), edge(4, 5), edge(5, 2), edge(8, 7), edge(7, 3)],
    );
    const result = await loadFiles([{ name: 'map.json', bytes: bytes(text) }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { debate } = result;
    expect(debate.positions.map((p) => p.statement)).toEqual(['Open on Sundays']);
    const target = (claim: string) => {
      const a = debate.arguments.find((x) => x.claim === claim)!;
      return `${a.relation} ${debate.index.node.get(a.target)!.label}`;
    };
    expect(target('Workers need weekends')).toBe('supports Open on Sundays');
    expect(target('It costs too much')).toBe('attacks Workers need weekends');
    expect(target('Budget grew')).toBe('attacks Workers need weekends');
    const report = result.warnings.map(formatProblem).join('\n');
    expect(report).toMatch(/was read as AIF JSON/);
    expect(report).toMatch(/nodes\[5\]: 1 node\(s\) of the dialogue layer/);
    expect(report).toMatch(
      /nodes\[6\]: 1 attack\(s\) on an inference were read as attacks on its premise/,
    );
  });

  it('reports dangling edges, bad nodes and self-support by place, and loads the rest', () => {
    const result = importAif(
      aif(
        [node('a', 'I'), node('b', 'I'), node('r', 'RA'), { type: 'I' }, node('s', 'RA')],
        [
          edge('a', 'r'),
          edge('r', 'b'),
          edge('ghost', 'r'),
          edge('b', 'nowhere'),
          edge('b', 's'),
          edge('s', 'b'),
        ],
      ),
      '2026',
    );
    const problems = result.problems.map(formatProblem).join('\n');
    expect(problems).toMatch(/nodes\[3\]: 1 node\(s\) without a nodeID/);
    expect(problems).toMatch(
      /edges\[2\]: 2 edge\(s\) point at a node that is not in the file .*edges\[3\]/,
    );
    expect(problems).toMatch(/nodes\[4\]: 1 relation\(s\) from a claim to itself/);
    expect(itemsOf(result.document, 'arguments')).toHaveLength(1);
  });

  it('says what is wrong with empty, broken or foreign JSON', () => {
    const first = (text: string) => formatProblem(importAif(text).problems[0]!);
    expect(first('')).toBe('the file is empty');
    expect(first('{"nodes": [')).toMatch(/^the file is not valid JSON/);
    expect(first('{"nodes": {}, "edges": []}')).toMatch(/"nodes" and "edges" lists/);
    expect(first('['.repeat(5000))).toMatch(/nests more than 100 levels/);
  });

  it('reads a 4,000-long chain and a cycle without recursion', () => {
    const nodes = [node(0, 'I')];
    const edges = [];
    for (let i = 1; i <= 4000; i++) {
      nodes.push(node(i, 'I'), node(`r${i}`, 'RA'));
      edges.push(edge(i, `r${i}`), edge(`r${i}`, i - 1));
    }
    edges.push(edge(0, 'r4000'));
    const result = importAif(aif(nodes, edges), '2026');
    expect(itemsOf(result.document, 'arguments')).toHaveLength(4001);
  });
});

const ARGDOWN = `===
title: Sundays
===

// a comment
# Should the library open on Sundays?

[Open]: Open the library on Sundays. #position
  + <Weekends>: People who work can only come at weekends. {actor: readers, source: paper, quote: "Sunday is the only day"}
    - <Cost>: It costs too much.
    _ <Volunteers>: Volunteers could staff it.
  - [Rest]: Staff need a day off
    too.
  -> [Closed]

[Closed]: Keep it closed.

[readers]: Friends of the Library #actor {kind: civil-society}
  +> [Open] {stance: conditional, summary: "Only with volunteers"}

[paper]: The Town Paper #source {url: "https://example.org/a"}
`;

describe('Argdown', () => {
  it('maps statements, arguments, relations, tags and data', async () => {
    const result = await loadFiles([{ name: 'sundays.argdown', bytes: bytes(ARGDOWN) }]);
    if (!result.ok) expect(result.errors.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    const { debate } = result;
    expect(debate.meta.title).toBe('Sundays');
    expect(debate.issues.map((i) => i.question)).toEqual(['Should the library open on Sundays?']);
    expect(debate.positions.map((p) => p.statement)).toEqual([
      'Open the library on Sundays.',
      'Keep it closed.',
    ]);
    const on = (claim: string) => {
      const a = debate.arguments.find((x) => x.claim === claim)!;
      return `${a.relation} ${debate.index.node.get(a.target)!.label}`;
    };
    expect(on('People who work can only come at weekends.')).toBe(
      'supports Open the library on Sundays.',
    );
    expect(on('It costs too much.')).toBe('attacks People who work can only come at weekends.');
    expect(on('Volunteers could staff it.')).toBe(
      'attacks People who work can only come at weekends.',
    );
    expect(on('Staff need a day off too.')).toBe('attacks Open the library on Sundays.');
    const weekends = debate.arguments.find((a) => a.claim.startsWith('People'))!;
    expect(weekends.by).toEqual(['readers']);
    expect(weekends.evidence).toEqual([{ source: 'paper', quote: 'Sunday is the only day' }]);
    expect(debate.sources[0]).toMatchObject({
      title: 'The Town Paper',
      url: 'https://example.org/a',
    });
    expect(debate.stances).toMatchObject([
      {
        actor: 'readers',
        position: 'open',
        stance: 'conditional',
        summary: 'Only with volunteers',
      },
    ]);
    const report = result.warnings.map(formatProblem).join('\n');
    expect(report).toMatch(/line 11: an undercut \(_\) was read as an attack/);
    expect(report).toMatch(
      /line 14: 1 attack\(s\) between top-level statements were read as rival positions/,
    );
  });

  it('makes ids for actors and sources named in data by their names, as a teacher writes them', async () => {
    const text = [
      '# Phones in class?',
      '',
      '[Ban]: Ban phones in lessons. {actor: "Teachers union", stance: for, source: "Union survey 2024", quote: "Most back a ban"}',
      '  + <Focus>: Phones distract pupils. {by: "Teachers union", source: "Union survey 2024"}',
    ].join('\n');
    const result = await loadFiles([{ name: 'phones.argdown', bytes: bytes(text) }]);
    if (!result.ok) expect(result.errors.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    const { debate } = result;
    expect(debate.actors.map((a) => [a.id, a.name])).toEqual([
      ['teachers-union', 'Teachers union'],
    ]);
    expect(debate.sources.map((s) => [s.id, s.title])).toEqual([
      ['union-survey-2024', 'Union survey 2024'],
    ]);
    expect(debate.stances).toMatchObject([
      {
        actor: 'teachers-union',
        position: 'ban',
        evidence: [{ source: 'union-survey-2024', quote: 'Most back a ban' }],
      },
    ]);
    expect(debate.arguments[0]).toMatchObject({
      by: ['teachers-union'],
      evidence: [{ source: 'union-survey-2024' }],
    });
  });

  it('names the line of each syntax error and keeps the rest', () => {
    const result = importArgdown(
      '[A]: fine\n  + <B>: data {broken: "never closed}\n  + [C: never closed\n<D>: lonely\n',
      '2026',
    );
    const problems = result.problems.map(formatProblem).join('\n');
    expect(problems).toMatch(
      /line 2: the \{…\} data could not be read: a double-quoted text is never closed/,
    );
    expect(problems).toMatch(/line 3: 1 line\(s\) are not Argdown/);
    expect(problems).toMatch(/line 4: 1 argument\(s\) relate to nothing/);
    expect(itemsOf(result.document, 'arguments').map((a) => a.claim)).toEqual(['data']);
  });

  it('says an empty file or plain prose is not Argdown', () => {
    expect(importArgdown('').problems.map(formatProblem)).toEqual(['line 1: the file is empty']);
    expect(importArgdown('Just some prose.\n').problems.map(formatProblem).join('\n')).toMatch(
      /this is not Argdown/,
    );
  });

  it('reads CRLF, lone CR and a byte-order mark like LF', () => {
    const lf = importArgdown(ARGDOWN, '2026').document;
    expect(importArgdown('\uFEFF' + ARGDOWN.replace(/\n/g, '\r\n'), '2026').document).toEqual(lf);
    expect(importArgdown(ARGDOWN.replace(/\n/g, '\r'), '2026').document).toEqual(lf);
  });

  it('reads 10,000 levels of indentation without recursion, leaving out what is too deep', () => {
    const lines = ['[Root]: root'];
    for (let i = 1; i <= 10_000; i++) lines.push(`${' '.repeat(i)}+ <A${i}>: level ${i}`);
    const result = importArgdown(lines.join('\n'), '2026');
    expect(itemsOf(result.document, 'arguments')).toHaveLength(99);
    expect(result.problems.map(formatProblem).join('\n')).toMatch(
      /9901 line\(s\) nest deeper than 100 levels/,
    );
  });
});
