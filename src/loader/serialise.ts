// The domain model written back in the debate-graph format: what "download the
// debate as JSON" saves, and what loads again to the same debate. Text the source
// lacked ("" in the model) is left out rather than written empty.
import type { Debate, Evidence, Extensions, NodeId } from '../domain/model';

type Json = Record<string, unknown>;

const withExtensions = (object: Json, extensions: Extensions): Json => ({
  ...object,
  ...extensions,
});
const evidence = (list: readonly Evidence[]) =>
  list.map((e) => ({
    source: e.source,
    ...(e.quote && { quote: e.quote }),
    ...(e.note !== undefined && { note: e.note }),
  }));

/** A debate's translations in the format's layout: each text back under its section. */
function translationsOf(debate: Debate): Json {
  const sectionOf = (key: string): string => {
    if (key.includes('/')) return 'stances';
    const node = debate.index.node.get(key as NodeId);
    return node ? `${node.type}s` : 'events';
  };
  const json: Json = {};
  for (const [language, t] of debate.translations ?? []) {
    const sections: Record<string, Json> = {};
    for (const [key, texts] of t.texts) (sections[sectionOf(key)] ??= {})[key] = { ...texts };
    json[language] = {
      ...(Object.keys(t.meta).length && { meta: { ...t.meta } }),
      ...sections,
      ...(t.glossary.size && {
        glossary: Object.fromEntries(
          [...t.glossary].map(([term, g]) => [
            term,
            {
              ...g.texts,
              ...(g.match && { match: [...g.match] }),
              ...(g.skip && { skip: [...g.skip] }),
            },
          ]),
        ),
      }),
      ...(t.tours.size && {
        tours: Object.fromEntries(
          [...t.tours].map(([id, tour]) => [
            id,
            {
              ...(tour.title !== undefined && { title: tour.title }),
              ...(tour.steps.size && {
                steps: Object.fromEntries([...tour.steps].map(([n, step]) => [n, { ...step }])),
              }),
            },
          ]),
        ),
      }),
    };
  }
  return json;
}

/** Writes the debate as written, with its translations, whichever language is on screen. */
export function serialiseDebate(shown: Debate): Json {
  const debate = shown.translation?.original ?? shown;
  const { meta } = debate;
  return withExtensions(
    {
      $schema: './debate-graph.schema.json',
      format: 'debate-graph',
      version: 1,
      meta: withExtensions(
        {
          id: meta.id,
          title: meta.title,
          ...(meta.summary && { summary: meta.summary }),
          ...(meta.shortSummary !== undefined && { shortSummary: meta.shortSummary }),
          language: meta.language,
          updated: meta.updated,
          ...(meta.license !== undefined && { license: meta.license }),
          ...(meta.notes !== undefined && { notes: meta.notes }),
          ...(meta.method !== undefined && { method: meta.method }),
        },
        meta.extensions,
      ),
      issues: debate.issues.map((i) =>
        withExtensions(
          { id: i.id, question: i.question, ...(i.summary && { summary: i.summary }) },
          i.extensions,
        ),
      ),
      actors: debate.actors.map((a) =>
        withExtensions(
          {
            id: a.id,
            name: a.name,
            ...(a.shortName !== undefined && { shortName: a.shortName }),
            kind: a.actorKind,
            ...(a.summary && { summary: a.summary }),
            ...(a.memberOf !== undefined && { memberOf: a.memberOf }),
          },
          a.extensions,
        ),
      ),
      positions: debate.positions.map((p) =>
        withExtensions(
          {
            id: p.id,
            issue: p.issue,
            statement: p.statement,
            ...(p.complementOf !== undefined && { complementOf: p.complementOf }),
          },
          p.extensions,
        ),
      ),
      stances: debate.stances.map((s) =>
        withExtensions(
          {
            actor: s.actor,
            position: s.position,
            stance: s.stance,
            ...(s.summary && { summary: s.summary }),
            ...(s.basis !== undefined && { basis: s.basis }),
            ...(s.basisNote !== undefined && { basisNote: s.basisNote }),
            evidence: evidence(s.evidence),
          },
          s.extensions,
        ),
      ),
      arguments: debate.arguments.map((a) =>
        withExtensions(
          {
            id: a.id,
            claim: a.claim,
            ...(a.text !== undefined && { text: a.text }),
            target: a.target,
            relation: a.relation,
            by: [...a.by],
            evidence: evidence(a.evidence),
          },
          a.extensions,
        ),
      ),
      sources: debate.sources.map((s) =>
        withExtensions(
          {
            id: s.id,
            title: s.title,
            ...(s.publisher !== undefined && { publisher: s.publisher }),
            ...(s.date !== undefined && { date: s.date }),
            ...(s.url !== undefined && { url: s.url }),
          },
          s.extensions,
        ),
      ),
      events: debate.events.map((e) =>
        withExtensions(
          {
            id: e.id,
            date: e.date,
            title: e.title,
            ...(e.summary !== undefined && { summary: e.summary }),
            actors: [...e.actors],
            evidence: evidence(e.evidence),
          },
          e.extensions,
        ),
      ),
      glossary: debate.glossary.map((g) =>
        withExtensions(
          {
            term: g.term,
            definition: g.definition,
            ...(g.match !== undefined && { match: [...g.match] }),
            ...(g.skip !== undefined && { skip: [...g.skip] }),
            evidence: evidence(g.evidence),
          },
          g.extensions,
        ),
      ),
      tours: debate.tours.map((t) =>
        withExtensions(
          {
            id: t.id,
            title: t.title,
            steps: t.steps.map((s) => ({
              title: s.title,
              text: s.text,
              ...(s.focus.length && { focus: [...s.focus] }),
              ...(s.compare.length && { compare: [...s.compare] }),
              ...(s.view !== undefined && { view: s.view }),
            })),
          },
          t.extensions,
        ),
      ),
      ...(debate.translations?.size && { translations: translationsOf(debate) }),
    },
    debate.extensions,
  );
}
