// Which quotes a Details panel shows, and how it cites their sources: numbered in the
// order they are first quoted, each quote cited as "[n] short name", the full line once.
import type {
  ActorDetails,
  ArgumentDetails,
  IssueDetails,
  PositionDetails,
} from '../../../domain/details';
import type { SourcedEvidence } from '../../../domain/lookups';

export type PanelDetails = ActorDetails | PositionDetails | ArgumentDetails | IssueDetails;

/** Each quoted source's number, in the order the panel first quotes it. */
export type Citations = ReadonlyMap<string, { number: number; evidence: SourcedEvidence }>;

export function numberSources(evidence: readonly SourcedEvidence[]): Citations {
  const numbered = new Map<string, { number: number; evidence: SourcedEvidence }>();
  for (const e of evidence)
    if (!numbered.has(e.sourceId))
      numbered.set(e.sourceId, { number: numbered.size + 1, evidence: e });
  return numbered;
}

/**
 * The quotes this panel already shows higher up: several actors often stand on one
 * sentence (the Commission and the member states, say), and it is shown in full once.
 */
export function laterRepeats(evidence: readonly SourcedEvidence[]): ReadonlySet<SourcedEvidence> {
  const seen = new Set<string>();
  const repeats = new Set<SourcedEvidence>();
  for (const e of evidence) {
    if (!e.quote) continue;
    const key = `${e.sourceId}\u0000${e.quote}`;
    if (seen.has(key)) repeats.add(e);
    else seen.add(key);
  }
  return repeats;
}

/** A source's short name: its title up to the first colon or bracket, at most 48 characters. */
export function shortSourceName(e: SourcedEvidence): string {
  const title = e.source?.title ?? e.sourceId;
  const head = title.split(/[:(]/)[0]!.trim() || title;
  const chars = [...head];
  return chars.length > 48 ? `${chars.slice(0, 47).join('')}…` : head;
}

/** All the quotes a node's panel shows, in the order it shows them. */
export function panelEvidence(d: PanelDetails): SourcedEvidence[] {
  if ('stancesByIssue' in d)
    return d.stancesByIssue.flatMap((i) => i.stances.flatMap((s) => s.evidence));
  if ('stanceGroups' in d)
    return d.stanceGroups.flatMap((g) => g.holders.flatMap((h) => h.evidence));
  if ('evidence' in d) return [...d.evidence];
  return [];
}
