// Which parts of a debate cite each source: the other direction of every evidence quote.
// Something quoting one source twice is listed once, in dataset order.
import type {
  ArgumentNode,
  Debate,
  DebateEvent,
  Evidence,
  GlossaryEntry,
  SourceId,
  Stance,
} from './model';

export interface Citations {
  readonly stances: readonly Stance[];
  readonly arguments: readonly ArgumentNode[];
  readonly events: readonly DebateEvent[];
  readonly glossary: readonly GlossaryEntry[];
}

interface MutableCitations {
  stances: Stance[];
  arguments: ArgumentNode[];
  events: DebateEvent[];
  glossary: GlossaryEntry[];
}

export const NO_CITATIONS: Citations = { stances: [], arguments: [], events: [], glossary: [] };

export function citationCount(c: Citations): number {
  return c.stances.length + c.arguments.length + c.events.length + c.glossary.length;
}

/** For every source of the debate (and only those), what cites it. */
export function citationsBySource(debate: Debate): ReadonlyMap<SourceId, Citations> {
  const map = new Map<SourceId, MutableCitations>();
  for (const source of debate.sources)
    map.set(source.id, { stances: [], arguments: [], events: [], glossary: [] });

  function add<K extends keyof MutableCitations>(
    kind: K,
    item: MutableCitations[K][number],
    evidence: readonly Evidence[],
  ) {
    for (const sourceId of new Set(evidence.map((e) => e.source))) {
      (map.get(sourceId)?.[kind] as MutableCitations[K][number][] | undefined)?.push(item);
    }
  }
  for (const stance of debate.stances) add('stances', stance, stance.evidence);
  for (const argument of debate.arguments) add('arguments', argument, argument.evidence);
  for (const event of debate.events) add('events', event, event.evidence);
  for (const entry of debate.glossary) add('glossary', entry, entry.evidence);
  return map;
}
