// Turns a document that passed every check into the domain model. Only fields of the
// format and `x-…` extensions are carried over; optional lists default to empty, and
// text a source format may lack (summaries, quotes) to "", which the app shows as not given.
import { buildDebate } from '../domain/build-debate';
import type {
  ActorId,
  ArgumentId,
  Debate,
  Evidence,
  Extensions,
  IssueId,
  NodeId,
  PositionId,
  SourceId,
  TourId,
  EventId,
} from '../domain/model';
import type * as Raw from './generated/raw-types';

/** The `x-…` fields of an object, in a prototype-free record. */
function extensionsOf(row: object): Extensions {
  const extensions: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(row)) if (key.startsWith('x-')) extensions[key] = value;
  return extensions;
}

function evidenceOf(list: readonly Raw.Evidence[] | undefined): Evidence[] {
  return (list ?? []).map((e) => ({
    source: e.source as SourceId,
    quote: e.quote ?? '',
    ...(e.note !== undefined && { note: e.note }),
  }));
}

export function normalise(raw: Raw.DebateGraph): Debate {
  const { meta } = raw;
  return buildDebate({
    meta: {
      id: meta.id,
      title: meta.title,
      summary: meta.summary ?? '',
      language: meta.language,
      updated: meta.updated,
      ...(meta.license !== undefined && { license: meta.license }),
      ...(meta.notes !== undefined && { notes: meta.notes }),
      extensions: extensionsOf(meta),
    },
    issues: raw.issues.map((i) => ({
      type: 'issue',
      id: i.id as IssueId,
      label: i.question,
      shortLabel: i.question,
      question: i.question,
      summary: i.summary ?? '',
      extensions: extensionsOf(i),
    })),
    positions: raw.positions.map((p) => ({
      type: 'position',
      id: p.id as PositionId,
      label: p.statement,
      shortLabel: p.statement,
      issue: p.issue as IssueId,
      statement: p.statement,
      extensions: extensionsOf(p),
    })),
    actors: (raw.actors ?? []).map((a) => ({
      type: 'actor',
      id: a.id as ActorId,
      label: a.name,
      shortLabel: a.shortName ?? a.name,
      name: a.name,
      ...(a.shortName !== undefined && { shortName: a.shortName }),
      actorKind: a.kind,
      summary: a.summary ?? '',
      ...(a.memberOf !== undefined && { memberOf: a.memberOf as ActorId }),
      extensions: extensionsOf(a),
    })),
    arguments: (raw.arguments ?? []).map((a) => ({
      type: 'argument',
      id: a.id as ArgumentId,
      label: a.claim,
      shortLabel: a.claim,
      claim: a.claim,
      ...(a.text !== undefined && { text: a.text }),
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
      summary: s.summary ?? '',
      evidence: evidenceOf(s.evidence),
      extensions: extensionsOf(s),
    })),
    sources: (raw.sources ?? []).map((s) => ({
      id: s.id as SourceId,
      title: s.title,
      ...(s.publisher !== undefined && { publisher: s.publisher }),
      ...(s.date !== undefined && { date: s.date }),
      ...(s.url !== undefined && { url: s.url }),
      extensions: extensionsOf(s),
    })),
    events: (raw.events ?? []).map((e) => ({
      id: e.id as EventId,
      date: e.date,
      title: e.title,
      ...(e.summary !== undefined && { summary: e.summary }),
      actors: (e.actors ?? []) as ActorId[],
      evidence: evidenceOf(e.evidence),
      extensions: extensionsOf(e),
    })),
    glossary: (raw.glossary ?? []).map((g) => ({
      term: g.term,
      definition: g.definition,
      evidence: evidenceOf(g.evidence),
      extensions: extensionsOf(g),
    })),
    tours: (raw.tours ?? []).map((t) => ({
      id: t.id as TourId,
      title: t.title,
      steps: t.steps.map((s) => ({
        title: s.title,
        text: s.text,
        focus: (s.focus ?? []) as NodeId[],
        compare: (s.compare ?? []) as ActorId[],
        ...(s.view !== undefined && { view: s.view }),
      })),
      extensions: extensionsOf(t),
    })),
    extensions: extensionsOf(raw),
  });
}
