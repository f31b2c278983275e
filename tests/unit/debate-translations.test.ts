// A debate's own texts in other languages (the format's `translations`): the loader
// checks every key names something the debate has, the domain swaps texts and nothing
// else, quotes stay verbatim, and the bundled debate reads in French in full.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Debate } from '../../src/domain/model';
import { shownDebate, stanceKey, translationLanguage } from '../../src/domain/translate';
import { loadDebateText, loadDebateValue } from '../../src/loader/load-debate';
import { serialiseDebate } from '../../src/loader/serialise';
import { loadFixture } from '../fixtures/load';
import { smallDebate } from '../fixtures/small-debate';
import { arbitraryDebate } from './arbitraries';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

function bundled(): Debate {
  const result = loadDebateText(read('../../data/eu-taliban-returns.json'));
  if (!result.ok) throw new Error(result.errors.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(result.warnings).toEqual([]);
  return result.debate;
}

/** Every text of a debate a translation should cover, by where it is: quotes and ids excluded. */
function translatableTexts(d: Debate): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (where: string, text: string | undefined) => {
    if (text) texts.set(where, text);
  };
  for (const field of ['title', 'summary', 'shortSummary', 'notes', 'method'] as const)
    add(`meta.${field}`, d.meta[field]);
  for (const i of d.issues) {
    add(`${i.id}.question`, i.question);
    add(`${i.id}.summary`, i.summary);
  }
  for (const p of d.positions) add(`${p.id}.statement`, p.statement);
  for (const a of d.actors) {
    add(`${a.id}.name`, a.name);
    add(`${a.id}.shortName`, a.shortName);
    add(`${a.id}.summary`, a.summary);
  }
  for (const a of d.arguments) {
    add(`${a.id}.claim`, a.claim);
    add(`${a.id}.text`, a.text);
  }
  for (const s of d.stances) {
    add(`${stanceKey(s)}.summary`, s.summary);
    add(`${stanceKey(s)}.basisNote`, s.basisNote);
  }
  for (const e of d.events) {
    add(`${e.id}.title`, e.title);
    add(`${e.id}.summary`, e.summary);
  }
  d.glossary.forEach((g, i) => {
    add(`glossary[${i}].term`, g.term);
    add(`glossary[${i}].definition`, g.definition);
  });
  for (const t of d.tours) {
    add(`${t.id}.title`, t.title);
    t.steps.forEach((s, i) => {
      add(`${t.id}.steps[${i}].title`, s.title);
      add(`${t.id}.steps[${i}].text`, s.text);
    });
  }
  return texts;
}

/** Everything of a debate but its translatable texts: ids, references, graph, quotes, sources. */
function structure(d: Debate) {
  return {
    nodes: d.nodes.map((n) => [n.type, n.id]),
    edges: d.edges,
    stances: d.stances.map((s) => [s.actor, s.position, s.stance, s.basis, s.evidence]),
    arguments: d.arguments.map((a) => [a.id, a.target, a.relation, a.by, a.evidence]),
    events: d.events.map((e) => [e.id, e.date, e.actors, e.evidence]),
    glossary: d.glossary.map((g) => g.evidence),
    sources: d.sources,
    tours: d.tours.map((t) => t.steps.map((s) => [s.focus, s.compare, s.view])),
    meta: [d.meta.id, d.meta.language, d.meta.updated, d.meta.license],
  };
}

describe('the bundled debate in French', () => {
  const original = bundled();
  const french = shownDebate(original, 'fr', false);

  it('translates every title, question, statement, claim, summary, glossary entry and tour caption', () => {
    expect(french.translation?.language).toBe('fr');
    const before = translatableTexts(original);
    const after = translatableTexts(french);
    expect([...after.keys()]).toEqual([...before.keys()]);
    // A few words are the same in both languages (Commission, FIDH, Sanctions, …): those
    // must still be given, so a missing translation never passes for a deliberate one.
    const same = [...before].filter(([where, text]) => after.get(where) === text);
    const fr = original.translations!.get('fr')!;
    const given = (where: string) => {
      const [, key, field] = /^(.*)\.(\w+)$/.exec(where)!;
      const glossary = /^glossary\[(\d+)\]$/.exec(key!);
      if (glossary)
        return fr.glossary.get(original.glossary[Number(glossary[1])]!.term)?.texts[field!];
      return fr.texts.get(key!)?.[field!];
    };
    expect(same.filter(([where, text]) => given(where) !== text)).toEqual([]);
    expect(same.length).toBeLessThan(8);
  });

  it('keeps every id, reference and quote, verbatim', () => {
    expect(structure(french)).toEqual(structure(original));
  });

  it('names nodes in French, and shows the original one switch away', () => {
    expect(french.index.node.get('talks-with-taliban' as never)?.label).toMatch(/^L’UE doit-elle/);
    expect(shownDebate(french, 'fr', true)).toBe(original);
    expect(shownDebate(original, 'fr-BE', false)).toBe(french);
    expect(shownDebate(original, 'en', false)).toBe(original);
    expect(shownDebate(original, 'nl', false)).toBe(original);
  });

  it('is saved as written, with its translations, whichever language is on screen', () => {
    const saved = serialiseDebate(french);
    expect(saved).toEqual(serialiseDebate(original));
    expect(saved).toEqual(JSON.parse(read('../../data/eu-taliban-returns.json')));
  });
});

describe('checking translations', () => {
  const withTranslations = (translations: unknown) =>
    loadDebateValue({ ...(smallDebate() as object), translations });

  it('accepts a partial translation and shows the rest as written', () => {
    const issue = loadFixture().issues[0]!.id;
    const result = withTranslations({ fr: { issues: { [issue]: { question: 'Dialoguer ?' } } } });
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    const shown = shownDebate(result.debate, 'fr', false);
    expect(shown.issues[0]?.label).toBe('Dialoguer ?');
    expect(shown.positions.map((p) => p.statement)).toEqual(
      result.debate.positions.map((p) => p.statement),
    );
  });

  it('names the place and the reason of each stale or wrong key', () => {
    const debate = loadFixture();
    const [position, actor] = [debate.positions[0]!.id, debate.actors[0]!.id];
    const result = withTranslations({
      'not a tag': {},
      fr: {
        issues: { nowhere: { question: 'x' }, [position]: { question: 'x' } },
        stances: { 'nobody/nothing': { summary: 'x' } },
        glossary: { 'No such term': { term: 'x' } },
        actors: { [actor]: { shortName: 'x' } },
        tours: {},
      },
    });
    const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    const seen = problems.map((p) => `${p.code} ${p.severity} ${p.path}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'bad-language error translations["not a tag"]',
        'unknown-reference warning translations.fr.issues.nowhere',
        `wrong-kind-reference warning translations.fr.issues${position.includes('-') ? `["${position}"]` : `.${position}`}`,
        'unknown-reference warning translations.fr.stances["nobody/nothing"]',
        'unknown-reference warning translations.fr.glossary["No such term"]',
      ]),
    );
  });

  it('reports a translated field the format does not know, or the original lacks', () => {
    const debate = loadFixture();
    const actor = debate.actors.find((a) => a.shortName === undefined);
    const result = withTranslations({
      fr: {
        issues: { [debate.issues[0]!.id]: { qestion: 'x' } },
        ...(actor && { actors: { [actor.id]: { shortName: 'x' } } }),
      },
    });
    const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    expect(problems.map((p) => p.code)).toContain('unknown-field');
    expect(problems.find((p) => p.code === 'unknown-field')?.path).toMatch(
      /^translations\.fr\.issues/,
    );
    if (actor) expect(problems.map((p) => p.code)).toContain('translation-without-original');
  });

  it('refers to a tour step that does not exist by its number', () => {
    const original = bundled();
    const doc = serialiseDebate(original);
    const tour = original.tours[0]!;
    const result = loadDebateValue({
      ...doc,
      translations: { de: { tours: { [tour.id]: { steps: { '99': { title: 'x' } } } } } },
    });
    expect(result.ok && result.warnings.map((p) => [p.code, p.path])).toEqual([
      ['unknown-reference', `translations.de.tours["${tour.id}"].steps["99"]`],
    ]);
  });
});

describe('translations never alter ids or quotes (property)', () => {
  it('holds for random debates with random translations', () => {
    const words = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /\S/.test(s));
    fc.assert(
      fc.property(
        arbitraryDebate(),
        fc.array(words, { minLength: 64, maxLength: 64 }),
        (doc, tr) => {
          const word = (i: number) => tr[i % 64]!;
          const byId = (list: { id: string }[], field: string) =>
            Object.fromEntries(list.map((row, i) => [row.id, { [field]: word(i) }]));
          const translations = {
            fr: {
              meta: { title: word(0) },
              issues: byId(doc.issues, 'question'),
              positions: byId(doc.positions, 'statement'),
              actors: byId(doc.actors, 'name'),
              arguments: byId(doc.arguments, 'claim'),
              stances: Object.fromEntries(
                doc.stances.map((s, i) => [`${s.actor}/${s.position}`, { summary: word(i + 7) }]),
              ),
            },
          };
          const result = loadDebateValue({ ...doc, translations });
          expect(result.ok && result.warnings).toEqual([]);
          if (!result.ok) return;
          const shown = shownDebate(result.debate, 'fr', false);
          expect(structure(shown)).toEqual(structure(result.debate));
          expect(shown.nodes.map((n) => n.label)).not.toContain(undefined);
          expect(shownDebate(shown, 'fr', true)).toBe(result.debate);
          expect(translationLanguage(shown, 'fr')).toBe('fr');
        },
      ),
      { numRuns: 200 },
    );
  });
});
