// The debate as the app sees it once it has passed the loader: complete, indexed and
// typed. Nothing here can be half-valid; the loader (src/loader) is the only code
// that builds these values from untrusted JSON.

declare const brand: unique symbol;
/** A string that the loader has checked names an existing thing of kind `K`. */
export type Id<K extends string> = string & { readonly [brand]: K };

export type IssueId = Id<'issue'>;
export type PositionId = Id<'position'>;
export type ActorId = Id<'actor'>;
export type ArgumentId = Id<'argument'>;
export type SourceId = Id<'source'>;
export type EventId = Id<'event'>;
export type TourId = Id<'tour'>;
export type NodeId = IssueId | PositionId | ActorId | ArgumentId;

export const NODE_TYPES = ['issue', 'position', 'actor', 'argument'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const STANCE_VALUES = ['for', 'against', 'conditional', 'unclear'] as const;
export type StanceValue = (typeof STANCE_VALUES)[number];

/** Where a stance comes from: said in the sources, relayed from a report they cite, or read from context. */
export const STANCE_BASES = ['stated', 'reported', 'inferred'] as const;
export type StanceBasis = (typeof STANCE_BASES)[number];

export const RELATIONS = ['supports', 'attacks'] as const;
export type Relation = (typeof RELATIONS)[number];

export const VIEWS = [
  'graph',
  'compare',
  'matrix',
  'arguments',
  'timeline',
  'sources',
  'stand',
] as const;
export type View = (typeof VIEWS)[number];

/** Fields an author added under `x-…` keys: kept, never interpreted. */
export type Extensions = Readonly<Record<string, unknown>>;

export interface Evidence {
  readonly source: SourceId;
  readonly quote: string;
  readonly note?: string;
}

interface NodeBase<T extends NodeType, I extends NodeId> {
  readonly type: T;
  readonly id: I;
  /** What the node is called wherever it is shown: name, question, statement or claim. */
  readonly label: string;
  /** A shorter label for crowded places; the label itself when there is none. */
  readonly shortLabel: string;
  readonly extensions: Extensions;
}

export interface IssueNode extends NodeBase<'issue', IssueId> {
  readonly question: string;
  readonly summary: string;
}

export interface PositionNode extends NodeBase<'position', PositionId> {
  readonly issue: IssueId;
  readonly statement: string;
  /** A position on the same issue that this one negates: for one is against the other. */
  readonly complementOf?: PositionId;
}

export interface ActorNode extends NodeBase<'actor', ActorId> {
  readonly name: string;
  readonly shortName?: string;
  /** The author's category, e.g. "ngo"; called `kind` in the format. */
  readonly actorKind: string;
  readonly summary: string;
  readonly memberOf?: ActorId;
}

export interface ArgumentNode extends NodeBase<'argument', ArgumentId> {
  readonly claim: string;
  readonly text?: string;
  readonly target: PositionId | ArgumentId;
  readonly relation: Relation;
  readonly by: readonly ActorId[];
  readonly evidence: readonly Evidence[];
}

export type DebateNode = IssueNode | PositionNode | ActorNode | ArgumentNode;

export interface Stance {
  readonly actor: ActorId;
  readonly position: PositionId;
  readonly stance: StanceValue;
  readonly summary: string;
  /** Absent when the author did not say. */
  readonly basis?: StanceBasis;
  /** Why the stance has its basis, e.g. what an inferred stance is read from. */
  readonly basisNote?: string;
  readonly evidence: readonly Evidence[];
  readonly extensions: Extensions;
}

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  /** Only ever an http: or https: address; the loader refuses anything else. */
  readonly url?: string;
  readonly extensions: Extensions;
}

export interface DebateEvent {
  readonly id: EventId;
  readonly date: string;
  readonly title: string;
  readonly summary?: string;
  readonly actors: readonly ActorId[];
  readonly evidence: readonly Evidence[];
  readonly extensions: Extensions;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  /** The written forms to mark in texts instead of the term; see domain/glossary-match.ts. */
  readonly match?: readonly string[];
  /** Phrases in which a form is not this term, left unmarked. */
  readonly skip?: readonly string[];
  readonly evidence: readonly Evidence[];
  readonly extensions: Extensions;
}

export interface TourStep {
  readonly title: string;
  readonly text: string;
  readonly focus: readonly NodeId[];
  readonly compare: readonly ActorId[];
  readonly view?: Exclude<View, 'sources'>;
}

export interface Tour {
  readonly id: TourId;
  readonly title: string;
  readonly steps: readonly TourStep[];
  readonly extensions: Extensions;
}

export interface DebateMeta {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** A few sentences for the first screen; the full summary stays one click away. */
  readonly shortSummary?: string;
  readonly language: string;
  readonly updated: string;
  readonly license?: string;
  readonly notes?: string;
  /** How the debate was built: sources, what counts as a stance or an attack. */
  readonly method?: string;
  readonly extensions: Extensions;
}

export const EDGE_TYPES = [
  'answers',
  'stance',
  'supports',
  'attacks',
  'makes',
  'member-of',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** A graph edge, built from the format as data-format.md's table says. */
export interface Edge {
  /** Unique and stable: `type:source->target`. */
  readonly id: string;
  readonly type: EdgeType;
  readonly source: NodeId;
  readonly target: NodeId;
  /** Only on `stance` edges. */
  readonly stance?: StanceValue;
}

export interface Debate {
  readonly meta: DebateMeta;
  /** Every graph node in a stable order: issues, positions, actors, arguments, each as in the file. */
  readonly nodes: readonly DebateNode[];
  readonly edges: readonly Edge[];
  readonly issues: readonly IssueNode[];
  readonly positions: readonly PositionNode[];
  readonly actors: readonly ActorNode[];
  readonly arguments: readonly ArgumentNode[];
  readonly stances: readonly Stance[];
  readonly sources: readonly Source[];
  readonly events: readonly DebateEvent[];
  readonly glossary: readonly GlossaryEntry[];
  readonly tours: readonly Tour[];
  readonly index: DebateIndex;
  readonly extensions: Extensions;
  /** The debate's own texts in other languages, keyed by language tag (format `translations`). */
  readonly translations?: ReadonlyMap<string, DebateTranslation>;
  /** Set when the texts are a translation (domain/translate.ts): its language, and the debate as written. */
  readonly translation?: { readonly language: string; readonly original: Debate };
}

/** Translated texts by field name, e.g. `{ question: "…" }`; a field left out shows as written. */
export type TranslatedTexts = Readonly<Partial<Record<string, string>>>;

/** A glossary entry's translation; `match` and `skip` are the forms marked in translated texts. */
export interface GlossaryTranslation {
  readonly texts: TranslatedTexts;
  readonly match?: readonly string[];
  readonly skip?: readonly string[];
}

/** One language's translations of a debate's texts; quotes are never among them. */
export interface DebateTranslation {
  readonly meta: TranslatedTexts;
  /** Issues, positions, actors, arguments and events by id; stances by `actor-id/position-id`. */
  readonly texts: ReadonlyMap<string, TranslatedTexts>;
  /** Glossary entries by the term as written. */
  readonly glossary: ReadonlyMap<string, GlossaryTranslation>;
  /** Tours by id: their title, and each step's title and text by step number (from 1). */
  readonly tours: ReadonlyMap<
    string,
    { readonly title?: string; readonly steps: ReadonlyMap<number, TranslatedTexts> }
  >;
}

/** Lookups built once by the loader; Maps, because an id such as `__proto__` is valid. */
export interface DebateIndex {
  readonly node: ReadonlyMap<NodeId, DebateNode>;
  readonly source: ReadonlyMap<SourceId, Source>;
  readonly tour: ReadonlyMap<TourId, Tour>;
  /** Edges leaving and entering each node, in edge order. */
  readonly outgoing: ReadonlyMap<NodeId, readonly Edge[]>;
  readonly incoming: ReadonlyMap<NodeId, readonly Edge[]>;
  readonly positionsOfIssue: ReadonlyMap<IssueId, readonly PositionNode[]>;
  readonly stancesOfActor: ReadonlyMap<ActorId, readonly Stance[]>;
  readonly stancesOnPosition: ReadonlyMap<PositionId, readonly Stance[]>;
  /** Arguments that support or attack a node (a position or an argument). */
  readonly argumentsOnTarget: ReadonlyMap<NodeId, readonly ArgumentNode[]>;
  readonly argumentsByActor: ReadonlyMap<ActorId, readonly ArgumentNode[]>;
  readonly eventsOfActor: ReadonlyMap<ActorId, readonly DebateEvent[]>;
}
