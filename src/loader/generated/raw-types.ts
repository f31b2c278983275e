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
   * Optional: the debate's own texts in other languages, keyed by BCP 47 language tag (e.g. "fr"). Each text is looked up by the id (or stance pair, glossary term, tour step) it translates; a text without a translation shows in the original. Quotes are never translated: the verbatim original always shows.
   */
  translations?: {
    [k: string]: Translation;
  };
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
/**
 * One language's translations. Every part is optional; keys name what is translated.
 */
export interface Translation {
  meta?: MetaTranslation;
  /**
   * Keyed by issue id.
   */
  issues?: {
    [k: string]: IssueTranslation;
  };
  /**
   * Keyed by position id.
   */
  positions?: {
    [k: string]: PositionTranslation;
  };
  /**
   * Keyed by actor id.
   */
  actors?: {
    [k: string]: ActorTranslation;
  };
  /**
   * Keyed by argument id.
   */
  arguments?: {
    [k: string]: ArgumentTranslation;
  };
  /**
   * Keyed by "actor-id/position-id" of the stance.
   */
  stances?: {
    [k: string]: StanceTranslation;
  };
  /**
   * Keyed by event id.
   */
  events?: {
    [k: string]: EventTranslation;
  };
  /**
   * Keyed by the entry's term as the original writes it.
   */
  glossary?: {
    [k: string]: GlossaryTranslation;
  };
  /**
   * Keyed by tour id.
   */
  tours?: {
    [k: string]: TourTranslation;
  };
  /**
   * This interface was referenced by `Translation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * The debate's title and texts about it.
 */
export interface MetaTranslation {
  title?: Text;
  summary?: Text;
  shortSummary?: Text;
  notes?: Text;
  method?: Text;
  /**
   * This interface was referenced by `MetaTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * An issue's texts.
 */
export interface IssueTranslation {
  question?: Text;
  summary?: Text;
  /**
   * This interface was referenced by `IssueTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A position's statement.
 */
export interface PositionTranslation {
  statement?: Text;
  /**
   * This interface was referenced by `PositionTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * An actor's name and summary.
 */
export interface ActorTranslation {
  name?: Text;
  shortName?: Text;
  summary?: Text;
  /**
   * This interface was referenced by `ActorTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * An argument's claim and text.
 */
export interface ArgumentTranslation {
  claim?: Text;
  text?: Text;
  /**
   * This interface was referenced by `ArgumentTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A stance's summary and basis note.
 */
export interface StanceTranslation {
  summary?: Text;
  basisNote?: Text;
  /**
   * This interface was referenced by `StanceTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * An event's title and summary.
 */
export interface EventTranslation {
  title?: Text;
  summary?: Text;
  /**
   * This interface was referenced by `EventTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A glossary entry in this language; match and skip list the written forms to mark in translated texts.
 */
export interface GlossaryTranslation {
  term?: Text;
  definition?: Text;
  match?: Text[];
  skip?: Text[];
  /**
   * This interface was referenced by `GlossaryTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A tour's title and captions.
 */
export interface TourTranslation {
  title?: Text;
  /**
   * Keyed by the step's number, counting from 1.
   */
  steps?: {
    [k: string]: TourStepTranslation;
  };
  /**
   * This interface was referenced by `TourTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A tour step's caption.
 */
export interface TourStepTranslation {
  title?: Text;
  text?: Text;
  /**
   * This interface was referenced by `TourStepTranslation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
