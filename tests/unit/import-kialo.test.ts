// The Kialo importer, through the door: both line variants, theses, links, sources,
// escapes, and a report that names lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importKialo } from '../../src/loader/import/kialo';
import { loadFiles } from '../../src/loader/import/door';
import { formatProblem } from '../../src/loader/problems';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('a Kialo export', () => {
  it('maps the discussion, the thesis and its pros and cons at any depth', async () => {
    const result = await loadFiles([
      { name: 'export.txt', bytes: bytes(fixture('kialo-library.txt')) },
    ]);
    if (!result.ok) expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { debate } = result;
    expect(debate.issues.map((i) => i.question)).toEqual(['Should the library open on Sundays?']);
    expect(debate.positions.map((p) => p.statement)).toEqual([
      'The library should open every Sunday afternoon.',
    ]);
    // Originals only: a resolved link repeats its claim's text.
    const claims = Object.fromEntries(
      debate.arguments.filter((a) => !a.extensions['x-same-as']).map((a) => [a.claim, a]),
    );
    const weekdays = claims['People who work weekdays can only visit at weekends.']!;
    expect(weekdays).toMatchObject({ relation: 'supports', target: debate.positions[0]!.id });
    // The second variant: "Con:" alone, its text on the next line; escapes undone.
    const dayOff = claims['Staff deserve a shared day off (most of them).']!;
    expect(dayOff.relation).toBe('attacks');
    expect(claims['Sunday rates cost more in wages than the budget allows.']!.target).toBe(
      weekdays.id,
    );
    expect(claims['Families come together at weekends*.']).toBeDefined();
    // A Markdown link is a source; the text keeps its label.
    const survey = claims['The union survey found 80% of staff want Sundays free.']!;
    expect(survey.evidence.map((e) => debate.index.source.get(e.source)?.url)).toEqual([
      'https://example.org/survey',
    ]);
    // A footnote is a source too.
    expect(weekdays.evidence.map((e) => debate.index.source.get(e.source)?.title)).toEqual([
      'Town Paper',
    ]);
    // The link becomes an argument of its own that names the claim it repeats.
    const copies = debate.arguments.filter((a) => a.extensions['x-same-as'] === survey.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ claim: survey.claim, relation: 'supports' });
    expect(debate.actors).toEqual([]);
    const report = result.warnings.map(formatProblem).join('\n');
    expect(report).toMatch(/was read as Kialo outline/);
    expect(report).toMatch(/1 link\(s\) \(-> See …\) resolved/);
    expect(report).toMatch(/1 thesis\/theses → positions; 6 pros and cons → arguments/);
    expect(result.warnings.map((w) => w.code)).toContain('no-actors');
  });

  it('reads a multi-thesis discussion: each thesis a position of the one issue', () => {
    const result = importKialo(fixture('kialo-multi-thesis.txt'), '2026-01-01');
    const doc = result.document as Record<string, Record<string, unknown>[]>;
    expect(doc.positions!.map((p) => p.statement)).toEqual([
      'Turn it into a youth centre.',
      'Sell it to pay off debt.',
    ]);
    expect(doc.arguments!.map((a) => a.claim)).toEqual([
      'Young people have nowhere to meet.',
      'Once sold, it is gone for good.',
      'Young people have nowhere to meet.',
    ]);
  });

  it('reads CRLF and lone CR line ends, and a byte-order mark, the same as LF', () => {
    const text = fixture('kialo-library.txt');
    const lf = importKialo(text, '2026-01-01').document;
    expect(importKialo('\uFEFF' + text.replace(/\n/g, '\r\n'), '2026-01-01').document).toEqual(lf);
    expect(importKialo(text.replace(/\n/g, '\r'), '2026-01-01').document).toEqual(lf);
  });
});

describe('a hostile Kialo export', () => {
  const problemsOf = (text: string) => importKialo(text, '2026-01-01').problems.map(formatProblem);

  it('says an empty file is empty', () => {
    expect(problemsOf('')).toEqual(['line 1: the file is empty']);
    expect(problemsOf('Discussion Title: Nothing\n\n')).toEqual([
      expect.stringMatching(/^line 1: no numbered claims/),
    ]);
  });

  it('reports claims with no parent, broken numbering and repeated numbers by line', () => {
    const text = [
      'Discussion Title: T',
      '1. Thesis',
      '1.3.1. Pro: Orphan',
      '1..2. Con: Broken',
      '1.1. Pro: First',
      '1.1. Con: Again',
      '1.2. Sideways',
    ].join('\n');
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/line 3: 1 claim\(s\) had no parent and were left out \(line 3\)/);
    expect(problems).toMatch(/line 4: 1 line\(s\) with broken numbering/);
    expect(problems).toMatch(/line 6: 1 claim number\(s\) appeared twice/);
    expect(problems).toMatch(/line 7: 1 claim\(s\) said neither Pro nor Con/);
  });

  it('reads a 10,000-deep outline without recursion, leaving out what is too deep', () => {
    const lines = ['Discussion Title: Deep', '1. Root'];
    let number = '1';
    for (let depth = 2; depth <= 150; depth++) {
      number += '.1';
      lines.push(`${number}. Pro: Level ${depth}`);
    }
    lines.push(`${'1.'.repeat(10_000)} Pro: Far too deep`);
    const result = importKialo(lines.join('\n'), '2026-01-01');
    const doc = result.document as Record<string, unknown[]>;
    expect(doc.arguments).toHaveLength(99);
    expect(result.problems.map(formatProblem).join('\n')).toMatch(
      /line 102: 51 claim\(s\) nest deeper than 100 levels/,
    );
  });

  it('leaves out links that go round in a circle or point nowhere', () => {
    const text = [
      'Discussion Title: Loops',
      '1. Root',
      '1.1. Pro: -> See 1.2.',
      '1.2. Con: -> See 1.1.',
      '1.3. Pro: -> See 9.9.',
      '1.4. Pro: Real',
    ].join('\n');
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/2 link\(s\) lead round in a circle/);
    expect(problems).toMatch(/line 5: 1 link\(s\) point at no claim/);
  });

  it('drops a javascript: link but keeps its text', () => {
    const result = importKialo('1. Root\n1.1. Pro: See [this](javascript:alert(1)) now', '2026');
    const doc = result.document as Record<string, Record<string, unknown>[]>;
    expect(doc.arguments![0]!.claim).toBe('See this now');
    expect(doc.sources).toEqual([]);
  });
});
