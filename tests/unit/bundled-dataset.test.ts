// The bundled debate is what students learn from: it must load cleanly, meet the
// brief's minimums, and quote its two articles word for word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Debate, Evidence } from '../../src/domain/model';
import { parseLibrary } from '../../src/loader/library';
import { loadDebateText } from '../../src/loader/load-debate';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const ARTICLES: Record<string, string> = {
  'article-a-credibility-test': read('../fixtures/sources/article-a.txt'),
  'article-b-rights-backlash': read('../fixtures/sources/article-b.txt'),
};

function bundled(): Debate {
  const result = loadDebateText(read('../../data/eu-taliban-returns.json'));
  if (!result.ok) throw new Error(result.errors.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(result.warnings).toEqual([]);
  return result.debate;
}

function allEvidence(debate: Debate): [string, Evidence][] {
  return [
    ...debate.stances.flatMap((s, i) =>
      s.evidence.map((e): [string, Evidence] => [`stances[${i}]`, e]),
    ),
    ...debate.arguments.flatMap((a) =>
      a.evidence.map((e): [string, Evidence] => [`argument ${a.id}`, e]),
    ),
    ...debate.events.flatMap((ev) =>
      ev.evidence.map((e): [string, Evidence] => [`event ${ev.id}`, e]),
    ),
    ...debate.glossary.flatMap((g) =>
      g.evidence.map((e): [string, Evidence] => [`glossary ${g.term}`, e]),
    ),
  ];
}

describe('the bundled EU–Taliban debate', () => {
  const debate = bundled();

  it('is the first entry of data/index.json', () => {
    const library = parseLibrary(read('../../data/index.json'));
    expect(library.ok && library.entries[0]).toMatchObject({
      id: debate.meta.id,
      file: `${debate.meta.id}.json`,
    });
  });

  it('meets the minimum counts', () => {
    expect(debate.actors.length).toBeGreaterThanOrEqual(12);
    expect(debate.issues.length).toBeGreaterThanOrEqual(5);
    expect(debate.positions.length).toBeGreaterThanOrEqual(12);
    expect(debate.stances.length).toBeGreaterThanOrEqual(40);
    expect(debate.arguments.length).toBeGreaterThanOrEqual(30);
    expect(
      debate.arguments.some(
        (a) => a.relation === 'attacks' && debate.index.node.get(a.target)?.type === 'argument',
      ),
    ).toBe(true);
    expect(debate.events.length).toBeGreaterThanOrEqual(5);
    expect(debate.glossary.length).toBeGreaterThanOrEqual(8);
    expect(debate.tours.some((t) => t.steps.length >= 6)).toBe(true);
  });

  it('has at least four positions with actors on both sides', () => {
    const contested = debate.positions.filter((p) => {
      const values = new Set(debate.index.stancesOnPosition.get(p.id)?.map((s) => s.stance));
      return values.has('for') && values.has('against');
    });
    expect(contested.length).toBeGreaterThanOrEqual(4);
  });

  it('backs every stance and argument with evidence', () => {
    expect(debate.stances.every((s) => s.evidence.length > 0)).toBe(true);
    expect(debate.arguments.every((a) => a.evidence.length > 0)).toBe(true);
  });

  it('quotes only the two articles, every quote word for word', () => {
    const evidence = allEvidence(debate);
    expect(evidence.length).toBeGreaterThan(80);
    const misquoted = evidence
      .filter(([, e]) => !ARTICLES[e.source]?.includes(e.quote))
      .map(([where, e]) => `${where}: ${e.quote}`);
    expect(misquoted).toEqual([]);
  });

  it('invents no links', () => {
    expect(debate.sources.filter((s) => s.url)).toEqual([]);
  });
});
