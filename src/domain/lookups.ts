// Lookups that every view needs: a node by id and type, and the source behind a quote.
// Pure functions over the loader's index Maps (never plain-object lookups, since an id
// such as `__proto__` is valid).
import type { Debate, DebateNode, Evidence, NodeId, NodeType, Source } from './model';

/** A quote with its source looked up; `source` is undefined only if the index lacks it. */
export interface SourcedEvidence {
  readonly quote: string;
  readonly note?: string;
  readonly sourceId: Evidence['source'];
  readonly source: Source | undefined;
}

type NodeOf<T extends NodeType> = Extract<DebateNode, { type: T }>;

/** The node with this id if it exists and is of type `type`, else null. */
export function nodeOfType<T extends NodeType>(
  debate: Debate,
  id: NodeId | string,
  type: T,
): NodeOf<T> | null {
  const node = debate.index.node.get(id as NodeId);
  return node && node.type === type ? (node as NodeOf<T>) : null;
}

/** Looks up the source of each quote. */
export function sourcedEvidence(
  debate: Debate,
  evidence: readonly Evidence[],
): readonly SourcedEvidence[] {
  return evidence.map((e) => ({
    quote: e.quote,
    ...(e.note !== undefined ? { note: e.note } : {}),
    sourceId: e.source,
    source: debate.index.source.get(e.source),
  }));
}
