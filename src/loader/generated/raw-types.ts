// Generated from data/debate-graph.schema.json by `npm run schema`. Do not edit.

/**
 * A slug, unique across the whole document: lowercase letters, digits and hyphens, at most 64 characters.
 */
export type Id = string;
/**
 * Plain text with at least one visible character; never interpreted as HTML.
 */
export type Text = string;
/**
 * ISO 8601 date at year, month or day precision: 2026, 2026-06 or 2026-06-22.
 */
export type IsoDate = string;
/**
 * Plain text that a source format may lack: absent or empty is allowed, with a warning, and shown as not given.
 */
export type OptionalText = string;
export type StanceValue = 'for' | 'against' | 'conditional' | 'unclear';
/**
 * Where a stance comes from: "stated" (the sources say this actor holds it), "reported" (the sources relay it from another report they cite), "inferred" (the sources do not say it; the author reads it from the actor's actions or from context, and basisNote says how).
 */
export type StanceBasis = 'stated' | 'reported' | 'inferred';
/**
 * May be empty or absent: the app then shows "no source given" and warns.
 */
export type EvidenceList = Evidence[];
/**
 * Actor ids; may be empty.
 */
export type IdList = Id[];
export type IdList1 = Id[];
export type View = 'graph' | 'compare' | 'matrix' | 'arguments' | 'timeline';

/**
 * A Stancemap debate, format version 1: issues, positions, actors, stances, arguments and their evidence. Fields starting with "x-" are kept and ignored by the app.
 */
export interface DebateGraph {
  /**
   * Path or URL of this schema, for editor completion.
   */
  $schema?: string;
  /**
   * Always "debate-graph".
   */
  format: 'debate-graph';
  /**
   * Format major version. This app reads version 1 and refuses higher ones.
   */
  version: number;
  meta: Meta;
  issues: Issue[];
  /**
   * May be absent (e.g. a debate imported from a format without actors); the app warns.
   */
  actors?: Actor[];
  positions: Position[];
  stances?: Stance[];
  arguments?: Argument[];
  sources?: Source[];
  events?: Event[];
  glossary?: GlossaryEntry[];
  tours?: Tour[];
  /**
   * This interface was referenced by `DebateGraph`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Meta {
  id: Id;
  title: Text;
  /**
   * One paragraph.
   */
  summary?: string;
  /**
   * Plain text with at least one visible character; never interpreted as HTML.
   */
  shortSummary?: string;
  /**
   * BCP 47 language tag, e.g. "en".
   */
  language: string;
  updated: IsoDate;
  license?: Text;
  /**
   * Plain text with at least one visible character; never interpreted as HTML.
   */
  notes?: string;
  /**
   * Plain text with at least one visible character; never interpreted as HTML.
   */
  method?: string;
  /**
   * This interface was referenced by `Meta`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Issue {
  id: Id;
  question: Text;
  summary?: OptionalText;
  /**
   * This interface was referenced by `Issue`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Actor {
  id: Id;
  name: Text;
  shortName?: Text;
  /**
   * Plain text with at least one visible character; never interpreted as HTML.
   */
  kind: string;
  summary?: OptionalText;
  /**
   * A slug, unique across the whole document: lowercase letters, digits and hyphens, at most 64 characters.
   */
  memberOf?: string;
  /**
   * This interface was referenced by `Actor`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Position {
  id: Id;
  /**
   * A slug, unique across the whole document: lowercase letters, digits and hyphens, at most 64 characters.
   */
  issue: string;
  statement: Text;
  /**
   * A slug, unique across the whole document: lowercase letters, digits and hyphens, at most 64 characters.
   */
  complementOf?: string;
  /**
   * This interface was referenced by `Position`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Stance {
  actor: Id;
  position: Id;
  stance: StanceValue;
  summary?: OptionalText;
  basis?: StanceBasis;
  /**
   * Plain text with at least one visible character; never interpreted as HTML.
   */
  basisNote?: string;
  evidence?: EvidenceList;
  /**
   * This interface was referenced by `Stance`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Evidence {
  source: Id;
  /**
   * Plain text that a source format may lack: absent or empty is allowed, with a warning, and shown as not given.
   */
  quote?: string;
  note?: Text;
  /**
   * This interface was referenced by `Evidence`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Argument {
  id: Id;
  claim: Text;
  text?: Text;
  /**
   * A slug, unique across the whole document: lowercase letters, digits and hyphens, at most 64 characters.
   */
  target: string;
  relation: 'supports' | 'attacks';
  by: IdList;
  evidence?: EvidenceList;
  /**
   * This interface was referenced by `Argument`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Source {
  id: Id;
  title: Text;
  publisher?: Text;
  date?: IsoDate;
  /**
   * An http: or https: address; anything else is refused.
   */
  url?: string;
  /**
   * This interface was referenced by `Source`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Event {
  id: Id;
  date: IsoDate;
  title: Text;
  summary?: Text;
  actors?: IdList1;
  evidence?: Evidence[];
  /**
   * This interface was referenced by `Event`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface GlossaryEntry {
  term: Text;
  definition: Text;
  /**
   * Optional: the written forms to mark in texts, instead of the term itself (e.g. ["return", "returns", "deportation"]).
   */
  match?: Text[];
  /**
   * Optional: longer phrases in which a matching form is not this term and is left unmarked (e.g. ["return to power"]).
   */
  skip?: Text[];
  evidence?: Evidence[];
  /**
   * This interface was referenced by `GlossaryEntry`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface Tour {
  id: Id;
  title: Text;
  /**
   * @minItems 1
   */
  steps: [TourStep, ...TourStep[]];
  /**
   * This interface was referenced by `Tour`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
export interface TourStep {
  title: Text;
  text: Text;
  focus?: IdList1;
  /**
   * @minItems 2
   * @maxItems 4
   */
  compare?: [Id, Id] | [Id, Id, Id] | [Id, Id, Id, Id];
  view?: View;
  /**
   * This interface was referenced by `TourStep`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
