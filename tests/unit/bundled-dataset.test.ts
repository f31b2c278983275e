// The bundled debate is what students learn from: it must load cleanly, meet the
// brief's minimums, and quote its two articles word for word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditBalance, formatBalance } from '../../src/domain/balance-audit';
import { glossaryMatcher, splitByGlossary } from '../../src/domain/glossary-match';
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

describe('the bundled debate is fair and says how it knows', () => {
  const debate = bundled();
  const balance = auditBalance(debate);

  it('says for every stance where it comes from, with a reason for every inferred one', () => {
    expect(debate.stances.filter((s) => s.basis === undefined)).toEqual([]);
    expect(balance.inferredWithoutReason).toEqual([]);
    // The marker lives in the basis now, not at the start of an evidence note.
    const oldMarkers = allEvidence(debate).filter(([, e]) => e.note?.startsWith('Inferred'));
    expect(oldMarkers.map(([where]) => where)).toEqual([]);
  });

  it('quotes no "reported" stance without naming the report', () => {
    const unnamed = debate.stances.filter(
      (s) =>
        s.basis === 'reported' &&
        !/Guardian|European Times|Reuters|El País/.test(s.basisNote ?? ''),
    );
    expect(unnamed).toEqual([]);
  });

  it('has no issue whose defeated arguments all sit on one side unless the notes explain why', () => {
    expect(balance.unexplainedOneSided.map((i) => i.id)).toEqual([]);
  });

  it('counts each mirrored pair of stances once', () => {
    expect(balance.issues.flatMap((i) => i.mirrorStances).length).toBeGreaterThan(0);
    // The two non-refoulement positions are compatible, so they are not marked as opposites.
    expect(debate.positions.find((p) => p.id === 'returns-unsafe')?.complementOf).toBeUndefined();
    expect(
      debate.positions.find((p) => p.id === 'returns-with-individual-assessment')?.complementOf,
    ).toBeUndefined();
  });

  it('credits no actor with an argument the articles only predict or make themselves', () => {
    const predicted = debate.arguments.find((a) => a.id === 'visas-necessary-for-meeting');
    expect(predicted?.by).toEqual([]);
  });

  it('matches docs/dataset-audit.md, the printed audit', () => {
    // Prettier pads the tables in the docs; compare them with the padding taken out.
    const unpadded = (markdown: string) =>
      markdown
        .split('\n')
        .map((line) =>
          line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/-{3,}/g, '---') : line,
        )
        .join('\n');
    expect(unpadded(read('../../docs/dataset-audit.md'))).toContain(
      unpadded(formatBalance(debate, balance)),
    );
  });

  it('explains "return" as deportation, but not in "the Taliban return to power"', () => {
    const matcher = glossaryMatcher(debate.glossary, debate.meta.language);
    const marked = (text: string) =>
      splitByGlossary(text, matcher)
        .filter((p) => p.entry !== undefined)
        .map((p) => p.text);
    expect(marked('The Taliban return to power in Afghanistan')).toEqual([]);
    expect(marked('From the Taliban’s return in 2021, the EU keeps channels.')).toEqual([]);
    expect(marked('Technical talks on returns.')).toContain('returns');
  });

  it('says what "Defeated" means in the first tour step that opens the arguments view', () => {
    const step = debate.tours[0]?.steps.find((s) => s.view === 'arguments');
    expect(step?.text).toMatch(/“Defeated” means only that an argument is attacked/);
    expect(step?.text).toMatch(/None of them says who is right/);
  });

  it('has a short first-screen summary and a note on how it was built', () => {
    expect(debate.meta.shortSummary?.split(/\s+/).length).toBeLessThan(80);
    expect(debate.meta.method).toMatch(/Inferred/);
  });
});
