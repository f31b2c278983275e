// Turns a document that passed every check into the domain model. Only fields of the
// format and `x-…` extensions are carried over; optional lists default to empty, and
// text a source format may lack (summaries, quotes) to "", which the app shows as not given.
// Every free text loses its unpaired bidi controls (bidi.ts), so none can reverse the app's words.
import { buildDebate } from '../domain/build-debate';
import type {
  ActorId,
  ArgumentId,
  Debate,
  DebateTranslation,
  Evidence,
  Extensions,
  IssueId,
  NodeId,
  PositionId,
  SourceId,
  TourId,
  EventId,
  TranslatedTexts,
} from '../domain/model';
import type * as Raw from './generated/raw-types';
import { stripUnpairedBidi as t } from './bidi';

/** The `x-…` fields of an object, in a prototype-free record. */
function extensionsOf(row: object): Extensions {
  const extensions: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  // for…in over a parsed row's own keys: no [key, value] pair is made for each field of
  // each of a big debate's tens of thousands of rows.
  for (const key in row)
    if (key.startsWith('x-') && Object.hasOwn(row, key))
      extensions[key] = (row as Record<string, unknown>)[key];
  return extensions;
}

function evidenceOf(list: readonly Raw.Evidence[] | undefined): Evidence[] {
  return (list ?? []).map((e) => ({
    source: e.source as SourceId,
    quote: t(e.quote ?? ''),
    ...(e.note !== undefined && { note: t(e.note) }),
  }));
}

/** A node's name in the graph, and its short one: the same text where the format has no shorter. */
function namesOf(text: string, short = text): { label: string; shortLabel: string } {
  return { label: t(text), shortLabel: t(short) };
}

export function normalise(raw: Raw.DebateGraph): Debate {
  const { meta } = raw;
  return buildDebate({
    meta: {
      id: meta.id,
      title: t(meta.title),
      summary: t(meta.summary ?? ''),
      ...(meta.shortSummary !== undefined && { shortSummary: t(meta.shortSummary) }),
      language: meta.language,
      updated: meta.updated,
      ...(meta.license !== undefined && { license: t(meta.license) }),
      ...(meta.notes !== undefined && { notes: t(meta.notes) }),
      ...(meta.method !== undefined && { method: t(meta.method) }),
      extensions: extensionsOf(meta),
    },
    issues: raw.issues.map((i) => ({
      type: 'issue',
      id: i.id as IssueId,
      ...namesOf(i.question),
      question: t(i.question),
      summary: t(i.summary ?? ''),
      extensions: extensionsOf(i),
    })),
    positions: raw.positions.map((p) => ({
      type: 'position',
      id: p.id as PositionId,
      ...namesOf(p.statement),
      issue: p.issue as IssueId,
      statement: t(p.statement),
      ...(p.complementOf !== undefined && { complementOf: p.complementOf as PositionId }),
      extensions: extensionsOf(p),
    })),
    actors: (raw.actors ?? []).map((a) => ({
      type: 'actor',
      id: a.id as ActorId,
      ...namesOf(a.name, a.shortName),
      name: t(a.name),
      ...(a.shortName !== undefined && { shortName: t(a.shortName) }),
      actorKind: t(a.kind),
      summary: t(a.summary ?? ''),
      ...(a.memberOf !== undefined && { memberOf: a.memberOf as ActorId }),
      extensions: extensionsOf(a),
    })),
    arguments: (raw.arguments ?? []).map((a) => ({
      type: 'argument',
      id: a.id as ArgumentId,
      ...namesOf(a.claim),
      claim: t(a.claim),
      ...(a.text !== undefined && { text: t(a.text) }),
      target: a.target as PositionId | ArgumentId,
      relation: a.relation,
      by: a.by as ActorId[],
      evidence: evidenceOf(a.evidence),
      extensions: extensionsOf(a),
    })),
    stances: (raw.stances ?? []).map((s) => ({
      actor: s.actor as ActorId,
      position: s.position as PositionId,
      stance: s.stance,
      summary: t(s.summary ?? ''),
      ...(s.basis !== undefined && { basis: s.basis }),
      ...(s.basisNote !== undefined && { basisNote: t(s.basisNote) }),
      evidence: evidenceOf(s.evidence),
      extensions: extensionsOf(s),
    })),
    sources: (raw.sources ?? []).map((s) => ({
      id: s.id as SourceId,
      title: t(s.title),
      ...(s.publisher !== undefined && { publisher: t(s.publisher) }),
      ...(s.date !== undefined && { date: s.date }),
      ...(s.url !== undefined && { url: s.url }),
      extensions: extensionsOf(s),
    })),
    events: (raw.events ?? []).map((e) => ({
      id: e.id as EventId,
      date: e.date,
      title: t(e.title),
      ...(e.summary !== undefined && { summary: t(e.summary) }),
      actors: (e.actors ?? []) as ActorId[],
      evidence: evidenceOf(e.evidence),
      extensions: extensionsOf(e),
    })),
    glossary: (raw.glossary ?? []).map((g) => ({
      term: t(g.term),
      definition: t(g.definition),
      ...(g.match !== undefined && { match: g.match.map(t) }),
      ...(g.skip !== undefined && { skip: g.skip.map(t) }),
      evidence: evidenceOf(g.evidence),
      extensions: extensionsOf(g),
    })),
    tours: (raw.tours ?? []).map((tour) => ({
      id: tour.id as TourId,
      title: t(tour.title),
      steps: tour.steps.map((s) => ({
        title: t(s.title),
        text: t(s.text),
        focus: (s.focus ?? []) as NodeId[],
        compare: (s.compare ?? []) as ActorId[],
        ...(s.view !== undefined && { view: s.view }),
      })),
      extensions: extensionsOf(tour),
    })),
    extensions: extensionsOf(raw),
    ...(raw.translations && { translations: translationsOf(raw.translations) }),
  });
}

/** The texts of a translation without its `x-…` fields, each cleaned like every free text. */
function textsOf(row: object | undefined): TranslatedTexts {
  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(row ?? {}))
    if (typeof value === 'string' && !key.startsWith('x-')) texts[key] = t(value);
  return texts;
}

function translationsOf(raw: NonNullable<Raw.DebateGraph['translations']>) {
  const byLanguage = new Map<string, DebateTranslation>();
  for (const [language, tr] of Object.entries(raw)) {
    const texts = new Map<string, TranslatedTexts>();
    for (const section of [
      'issues',
      'positions',
      'actors',
      'arguments',
      'stances',
      'events',
    ] as const)
      for (const [key, row] of Object.entries(tr[section] ?? {})) texts.set(key, textsOf(row));
    byLanguage.set(language, {
      meta: textsOf(tr.meta),
      texts,
      glossary: new Map(
        Object.entries(tr.glossary ?? {}).map(([term, g]) => [
          term,
          {
            texts: textsOf(g),
            ...(g.match && { match: g.match.map(t) }),
            ...(g.skip && { skip: g.skip.map(t) }),
          },
        ]),
      ),
      tours: new Map(
        Object.entries(tr.tours ?? {}).map(([id, tour]) => [
          id,
          {
            ...(tour.title !== undefined && { title: t(tour.title) }),
            steps: new Map(
              Object.entries(tour.steps ?? {}).map(([n, step]) => [Number(n), textsOf(step)]),
            ),
          },
        ]),
      ),
    });
  }
  return byLanguage;
}
