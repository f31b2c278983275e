// The details of the selected node: what it is, who holds or makes it, and the verbatim
// quotes behind every claim, each with its source. Every name is a button that selects
// that node, so the reader can walk the debate from here alone. Plain text only: data
// never becomes markup.
import { Trans, useLingui } from '@lingui/react/macro';
import { actorKindLabel } from '../../domain/actor-kind';
import {
  createContext,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type JSX,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  actorDetails,
  argumentDetails,
  issueDetails,
  positionDetails,
  type ActorDetails,
  type ArgumentDetails,
  type IssueDetails,
  type PositionDetails,
  type SourcedStance,
  type StanceGroup,
} from '../../domain/details';
import { mostOpposed } from '../../domain/comparison';
import type { SourcedEvidence } from '../../domain/lookups';
import type { ActorNode, Debate, DebateNode, IssueId, NodeId } from '../../domain/model';
import { EvidenceList, SourceCredit } from '../../ui/EvidenceList';
import { GlossaryText } from '../../ui/GlossaryText';
import { StanceBadge } from '../../ui/StanceBadge';
import { StanceBasis } from '../../ui/StanceBasis';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { shareableOf } from '../../store/url-state';
import './details.css';
import { DataText } from '../../ui/DataText';
import { isolated } from '../../lib/isolated';

type OnSelect = (id: NodeId) => void;

/**
 * The panel's sources, numbered in the order they are first quoted: each quote cites its
 * source as "[n] short name", and the full line appears once, in the panel's own list.
 */
type Citations = ReadonlyMap<string, { number: number; evidence: SourcedEvidence }>;
const CitationsContext = createContext<Citations>(new Map());

function numberSources(evidence: readonly SourcedEvidence[]): Citations {
  const numbered = new Map<string, { number: number; evidence: SourcedEvidence }>();
  for (const e of evidence)
    if (!numbered.has(e.sourceId))
      numbered.set(e.sourceId, { number: numbered.size + 1, evidence: e });
  return numbered;
}

/**
 * The quotes this panel already shows higher up: several actors often stand on one
 * sentence (the Commission and the member states, say), and it is shown in full once.
 * Each later card still lists it, folded, so nothing is out of reach of the keyboard.
 */
const RepeatsContext = createContext<ReadonlySet<SourcedEvidence>>(new Set());

function laterRepeats(evidence: readonly SourcedEvidence[]): ReadonlySet<SourcedEvidence> {
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
function shortSourceName(e: SourcedEvidence): string {
  const title = e.source?.title ?? e.sourceId;
  const head = title.split(/[:(]/)[0]!.trim() || title;
  const chars = [...head];
  return chars.length > 48 ? `${chars.slice(0, 47).join('')}…` : head;
}

/**
 * The quotes of one card, cited by number: the first new one in full; the others, and
 * any quote the panel already showed above, folded under one line that says how many.
 */
function PanelEvidence({ evidence }: { evidence: readonly SourcedEvidence[] }) {
  const citations = useContext(CitationsContext);
  const repeats = useContext(RepeatsContext);
  const cite = (e: SourcedEvidence) => {
    const number = citations.get(e.sourceId)?.number;
    return (
      <span title={e.source?.title}>
        <span aria-hidden="true">— </span>
        {number !== undefined && <span className="details__ref">[{number}]</span>}{' '}
        {shortSourceName(e)}
      </span>
    );
  };
  // No evidence at all is said in place ("No source given").
  if (evidence.length === 0) return <EvidenceList evidence={evidence} />;
  const fresh = evidence.filter((e) => !repeats.has(e));
  const shown = fresh.slice(0, 1);
  const more = fresh.slice(shown.length);
  const again = evidence.filter((e) => repeats.has(e));
  return (
    <>
      {shown.length > 0 && <EvidenceList evidence={shown} cite={cite} />}
      {more.length > 0 && (
        <details className="details__more">
          <summary>
            {more.length} more quote{more.length === 1 ? '' : 's'}
          </summary>
          <EvidenceList evidence={more} cite={cite} />
        </details>
      )}
      {again.length > 0 && (
        <details className="details__more">
          <summary>
            {again.length === 1 ? 'The same quote as above' : `${again.length} of the quotes above`}{' '}
            {[...new Set(again.map((e) => citations.get(e.sourceId)?.number))]
              .filter((n) => n !== undefined)
              .map((n) => `[${n}]`)
              .join(' ')}
          </summary>
          <EvidenceList evidence={again} cite={cite} />
        </details>
      )}
    </>
  );
}

/** Long lists show their first few cards; the rest open on demand. */
const CARDS_SHOWN = 2;

function FoldedList<T>({
  items,
  more,
  render,
}: {
  items: readonly T[];
  more: (hidden: number) => string;
  render: (item: T) => ReactNode;
}) {
  // Folding one card would save nothing: fold only when two or more are left.
  const shown = items.length > CARDS_SHOWN + 1 ? items.slice(0, CARDS_SHOWN) : items;
  const hidden = items.slice(shown.length);
  return (
    <>
      <ul className="details__cards">{shown.map(render)}</ul>
      {hidden.length > 0 && (
        <details className="details__more">
          <summary>{more(hidden.length)}</summary>
          <ul className="details__cards">{hidden.map(render)}</ul>
        </details>
      )}
    </>
  );
}

/** How a stance group reads after "n more actors". */
const STANCE_WORD: Readonly<Record<StanceGroup['value'], string>> = {
  for: 'for',
  against: 'against',
  conditional: 'with conditions',
  unclear: 'with an unclear stance',
};

/** Every source this panel quotes, once, in full. */
function PanelSources() {
  const citations = useContext(CitationsContext);
  if (citations.size === 0) return null;
  return (
    <Section title="Sources">
      <ol className="details__sources">
        {[...citations.values()].map(({ number, evidence }) => (
          <li key={number} value={number}>
            <SourceCredit evidence={evidence} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** All the quotes a node's panel shows, in the order it shows them. */
function panelEvidence(
  d: ActorDetails | PositionDetails | ArgumentDetails | IssueDetails,
): SourcedEvidence[] {
  if ('stancesByIssue' in d)
    return d.stancesByIssue.flatMap((i) => i.stances.flatMap((s) => s.evidence));
  if ('stanceGroups' in d)
    return d.stanceGroups.flatMap((g) => g.holders.flatMap((h) => h.evidence));
  if ('evidence' in d) return [...d.evidence];
  return [];
}

function WithCitations({
  d,
  children,
}: {
  d: ActorDetails | PositionDetails | ArgumentDetails | IssueDetails;
  children: ReactNode;
}) {
  const evidence = useMemo(() => panelEvidence(d), [d]);
  const citations = useMemo(() => numberSources(evidence), [evidence]);
  const repeats = useMemo(() => laterRepeats(evidence), [evidence]);
  return (
    <CitationsContext value={citations}>
      <RepeatsContext value={repeats}>
        {children}
        <PanelSources />
      </RepeatsContext>
    </CitationsContext>
  );
}

export function DetailsPanel(): JSX.Element | null {
  const selected = useAppStore((s) => s.selected);
  const debate = useAppStore((s) => s.debate);
  const select = useAppStore((s) => s.select);
  const labelId = useId();
  const { t } = useLingui();
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Set when a name inside the panel is chosen while focus is in the panel. */
  const keepFocusInside = useRef(false);

  // A new selection starts at the top. Focus moves only if the reader chose a name in
  // this panel and the button they were on has gone: then it lands on the new heading
  // instead of falling to the page. Selections made elsewhere never move focus.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (root) root.scrollTop = 0;
    if (!keepFocusInside.current) return;
    keepFocusInside.current = false;
    if (root && !root.contains(document.activeElement)) headingRef.current?.focus();
  }, [selected]);

  if (!debate || selected === null) return null;
  const node = debate.index.node.get(selected);
  if (!node) return null;

  const choose: OnSelect = (id) => {
    keepFocusInside.current = !!rootRef.current?.contains(document.activeElement);
    select(id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    select(null);
  };

  return (
    <section
      ref={rootRef}
      role="region"
      aria-labelledby={labelId}
      className={`details details--${node.type}`}
      onKeyDown={onKeyDown}
    >
      <span id={labelId} className="visually-hidden">
        <Trans>Details</Trans>
      </span>
      <div className="details__bar">
        <span className={`details__type details__type--${node.type}`}>{typeBadge(node)}</span>
        <button
          type="button"
          className="details__close"
          aria-label={t`Close details`}
          onClick={() => select(null)}
        >
          <span aria-hidden="true">✕</span> <Trans>Close</Trans>
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="details__title">
        <DataText>{node.label}</DataText>
      </h2>
      <div key={node.id} className="details__body">
        <NodeBody debate={debate} node={node} onSelect={choose} />
      </div>
    </section>
  );
}

function typeBadge(node: DebateNode): string {
  switch (node.type) {
    case 'actor':
      return `Actor · ${actorKindLabel(node.actorKind)}`;
    case 'argument':
      return `Argument · ${node.relation}`;
    case 'position':
      return 'Position';
    case 'issue':
      return 'Issue';
  }
}

function NodeBody({
  debate,
  node,
  onSelect,
}: {
  debate: Debate;
  node: DebateNode;
  onSelect: OnSelect;
}) {
  switch (node.type) {
    case 'actor': {
      const d = actorDetails(debate, node.id);
      return (
        d && (
          <WithCitations d={d}>
            <ActorBody d={d} onSelect={onSelect} />
          </WithCitations>
        )
      );
    }
    case 'position': {
      const d = positionDetails(debate, node.id);
      return (
        d && (
          <WithCitations d={d}>
            <PositionBody d={d} onSelect={onSelect} />
          </WithCitations>
        )
      );
    }
    case 'argument': {
      const d = argumentDetails(debate, node.id);
      return (
        d && (
          <WithCitations d={d}>
            <ArgumentBody d={d} onSelect={onSelect} />
          </WithCitations>
        )
      );
    }
    case 'issue': {
      const d = issueDetails(debate, node.id);
      return d && <IssueBody d={d} onSelect={onSelect} />;
    }
  }
}

function ActorBody({ d, onSelect }: { d: ActorDetails; onSelect: OnSelect }) {
  return (
    <>
      {d.actor.summary && (
        <p className="details__summary">
          <Glossed text={d.actor.summary} />
        </p>
      )}
      <CompareAction actor={d.actor} />
      {d.memberOf && (
        <Labelled label="Member of">
          <NodeName node={d.memberOf} onSelect={onSelect} />
        </Labelled>
      )}
      {d.members.length > 0 && (
        <Labelled label="Members">
          <NameList nodes={d.members} onSelect={onSelect} inline />
        </Labelled>
      )}

      {d.stancesByIssue.length === 0 && <p className="details__none">No stances recorded.</p>}
      {d.stancesByIssue.map(({ issue, stances }) => (
        <section key={issue.id} className="details__section">
          <h3>
            <NodeName node={issue} onSelect={onSelect} />
          </h3>
          <ul className="details__cards">
            {stances.map((held) => (
              <StanceCard
                key={held.position.id}
                node={held.position}
                held={held}
                showStance
                onSelect={onSelect}
              />
            ))}
          </ul>
        </section>
      ))}

      <Section title="Arguments it makes">
        <NameList nodes={d.arguments} onSelect={onSelect} empty="None recorded." />
      </Section>

      <Section title="Events">
        {d.events.length === 0 ? (
          <p className="details__none">None recorded.</p>
        ) : (
          <ul className="details__events">
            {d.events.map((event) => (
              <li key={event.id}>
                <time dateTime={event.date} className="details__date">
                  {event.date}
                </time>{' '}
                <span className="details__event-title">
                  <DataText>{event.title}</DataText>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function PositionBody({ d, onSelect }: { d: PositionDetails; onSelect: OnSelect }) {
  return (
    <>
      {d.issue && (
        <Labelled label="Issue">
          <NodeName node={d.issue} onSelect={onSelect} />
        </Labelled>
      )}
      <Section title="Who holds it">
        {d.stanceGroups.length === 0 ? (
          <p className="details__none">No stances recorded.</p>
        ) : (
          d.stanceGroups.map((group) => (
            <div key={group.value} className="details__group">
              <h4 className="details__group-title">
                <StanceBadge value={group.value} />
              </h4>
              <FoldedList
                items={group.holders}
                more={(n) =>
                  `${n} more ${n === 1 ? 'actor' : 'actors'} ${STANCE_WORD[group.value]}`
                }
                render={(held) => (
                  <StanceCard
                    key={held.actor.id}
                    node={held.actor}
                    held={held}
                    onSelect={onSelect}
                  />
                )}
              />
            </div>
          ))
        )}
      </Section>
      <Section title="Arguments for">
        <NameList nodes={d.argumentsFor} onSelect={onSelect} empty="None recorded." />
      </Section>
      <Section title="Arguments against">
        <NameList nodes={d.argumentsAgainst} onSelect={onSelect} empty="None recorded." />
      </Section>
    </>
  );
}

function ArgumentBody({ d, onSelect }: { d: ArgumentDetails; onSelect: OnSelect }) {
  return (
    <>
      {d.issue && (
        <Labelled label="Issue">
          <NodeName node={d.issue} onSelect={onSelect} />
        </Labelled>
      )}
      {d.argument.text && (
        <p className="details__text">
          <Glossed text={d.argument.text} />
        </p>
      )}
      <Section title={d.relation === 'supports' ? 'Supports' : 'Attacks'}>
        {d.target ? (
          <p className="details__target">
            <NodeName node={d.target} onSelect={onSelect} />{' '}
            <span className="details__kind">
              {d.target.type === 'position' ? 'position' : 'argument'}
            </span>
          </p>
        ) : (
          <p className="details__none">Unknown target.</p>
        )}
      </Section>
      <Section title="Made by">
        <NameList nodes={d.by} onSelect={onSelect} empty="No actor named in the sources" />
      </Section>
      <Section title="Supported by">
        <NameList nodes={d.supportedBy} onSelect={onSelect} empty="None recorded." />
      </Section>
      <Section title="Attacked by">
        <NameList nodes={d.attackedBy} onSelect={onSelect} empty="None recorded." />
      </Section>
      <Section title="Evidence">
        <PanelEvidence evidence={d.evidence} />
      </Section>
    </>
  );
}

function IssueBody({ d, onSelect }: { d: IssueDetails; onSelect: OnSelect }) {
  return (
    <>
      {d.issue.summary && (
        <p className="details__summary">
          <Glossed text={d.issue.summary} />
        </p>
      )}
      <StandAction issue={d.issue.id} />
      {d.positions.length === 0 && <p className="details__none">No positions recorded.</p>}
      {d.positions.map(({ position, stanceGroups }) => (
        <section key={position.id} className="details__section details__card">
          <h3>
            <NodeName node={position} onSelect={onSelect} />
          </h3>
          <HoldersByStance groups={stanceGroups} onSelect={onSelect} />
        </section>
      ))}
    </>
  );
}

/** One stance as a card: what is held or who holds it, its summary, the quotes behind it. */
function StanceCard({
  node,
  held: { stance, evidence },
  showStance = false,
  onSelect,
}: {
  node: DebateNode;
  held: SourcedStance;
  showStance?: boolean;
  onSelect: OnSelect;
}) {
  return (
    <li className="details__card">
      <div className="details__card-head">
        <NodeName node={node} onSelect={onSelect} />
        {showStance && <StanceBadge value={stance.stance} />}
      </div>
      {stance.summary && (
        <p>
          <Glossed text={stance.summary} />
        </p>
      )}
      <StanceBasis basis={stance.basis} note={stance.basisNote} folded />
      <PanelEvidence evidence={evidence} />
    </li>
  );
}

/** Compact: one line per stance value, with the actors holding it. */
function HoldersByStance({
  groups,
  onSelect,
}: {
  groups: readonly StanceGroup[];
  onSelect: OnSelect;
}) {
  if (groups.length === 0) return <p className="details__none">No stances recorded.</p>;
  return (
    <ul className="details__holders">
      {groups.map((group) => (
        <li key={group.value}>
          <StanceBadge value={group.value} />
          <NameList nodes={group.holders.map((h) => h.actor)} onSelect={onSelect} inline />
        </li>
      ))}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="details__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__meta">
      <span className="details__label">{label}:</span> {children}
    </div>
  );
}

function NodeName({ node, onSelect }: { node: DebateNode; onSelect: OnSelect }) {
  return (
    <button
      type="button"
      className={`details__name details__name--${node.type}`}
      onClick={() => onSelect(node.id)}
    >
      <DataText>{node.label}</DataText>
    </button>
  );
}

function NameList({
  nodes,
  onSelect,
  empty,
  inline = false,
}: {
  nodes: readonly DebateNode[];
  onSelect: OnSelect;
  empty?: string;
  inline?: boolean;
}) {
  if (nodes.length === 0) return empty ? <p className="details__none">{empty}</p> : null;
  return (
    <ul className={inline ? 'details__names details__names--inline comma-list' : 'details__names'}>
      {nodes.map((node) => (
        <li key={node.id}>
          <NodeName node={node} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

/** Starts a comparison of this actor with the one that disagrees with it most. */
function CompareAction({ actor }: { actor: ActorNode }) {
  const debate = useAppStore((s) => s.debate);
  const startComparison = useAppStore((s) => s.startComparison);
  if (!debate) return null;
  const opposite = mostOpposed(debate, actor.id);
  return (
    <button
      type="button"
      className="details__compare"
      onClick={() => startComparison(opposite ? [actor.id, opposite.id] : [actor.id])}
    >
      Compare{opposite ? ` with ${isolated(opposite.shortLabel)}` : ' with others'}
    </button>
  );
}

/** Opens "Where do you stand?" on this issue: one move, so Back returns here. */
function StandAction({ issue }: { issue: IssueId }) {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="details__compare"
      onClick={() =>
        store.getState().applyShareable({ ...shareableOf(store.getState()), view: 'stand', issue })
      }
    >
      Where do you stand on this?
    </button>
  );
}

/** Running text with the debate's glossary terms explained in place. */
function Glossed({ text }: { text: string }) {
  const debate = useAppStore((s) => s.debate);
  if (!debate?.glossary.length) return <>{text}</>;
  return <GlossaryText text={text} glossary={debate.glossary} language={debate.meta.language} />;
}
