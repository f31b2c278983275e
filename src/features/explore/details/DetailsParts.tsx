// The small pieces every Details body is built from: sections, labelled lines, node
// names that select their node, lists of them, folded lists, stances by value.
import { useLingui } from '@lingui/react/macro';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { StanceGroup } from '../../../domain/details';
import type { DebateNode, NodeId } from '../../../domain/model';
import { DataText } from '../../../ui/DataText';
import { DebateGlossaryText } from '../../../ui/GlossaryText';
import { StanceBadge } from '../../../ui/StanceBadge';
import { useAppStore } from '../../../store/store-context';

export type OnSelect = (id: NodeId) => void;

/** What every type's body is given: its node's details, and how to select another node. */
export interface BodyProps<D> {
  readonly d: D;
  readonly onSelect: OnSelect;
}

/** A titled part of the panel; a `card` stands out as one of several alike (an issue's positions). */
export function Section({
  title,
  card = false,
  children,
}: {
  title: ReactNode;
  card?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={card ? 'details__section details__card' : 'details__section'}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/**
 * Parts of a long panel below its first screen, built in a render just after the one
 * that shows the panel (React may pause it), as the folded cards are: a position's panel
 * holds 500 elements, whose build and first layout were half of the click that opened
 * it. The panel's body is keyed by its node, so each selection starts without them.
 */
export function BelowTheFold({ children }: { children: ReactNode }) {
  return useDeferredValue(true, false) ? children : null;
}

export function Labelled({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useLingui();
  return (
    <div className="details__meta">
      <span className="details__label">{t`${label}:`}</span> {children}
    </div>
  );
}

/** A labelled line naming one node ("Issue: …"); nothing when there is none. */
export function LabelledName({
  label,
  node,
  onSelect,
}: {
  label: string;
  node: DebateNode | null;
  onSelect: OnSelect;
}) {
  if (!node) return null;
  return (
    <Labelled label={label}>
      <NodeName node={node} onSelect={onSelect} />
    </Labelled>
  );
}

/** A line saying that there is nothing to list. */
export function NoneRecorded({ children }: { children: ReactNode }) {
  return <p className="details__none">{children}</p>;
}

export function NodeName({ node, onSelect }: { node: DebateNode; onSelect: OnSelect }) {
  return (
    <button
      type="button"
      className={`details__name node-type--${node.type}`}
      onClick={() => onSelect(node.id)}
    >
      <DataText>{node.label}</DataText>
    </button>
  );
}

export function NameList({
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
  if (nodes.length === 0) return empty ? <NoneRecorded>{empty}</NoneRecorded> : null;
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

/** A titled list of node names, saying `empty` (by default "None recorded.") when there are none. */
export function NamesSection({
  title,
  nodes,
  onSelect,
  empty,
}: {
  title: string;
  nodes: readonly DebateNode[];
  onSelect: OnSelect;
  empty?: string;
}) {
  const { t } = useLingui();
  return (
    <Section title={title}>
      <NameList nodes={nodes} onSelect={onSelect} empty={empty ?? t`None recorded.`} />
    </Section>
  );
}

/** Long lists show their first few cards; the rest open on demand. */
const CARDS_SHOWN = 2;
const NOTHING_YET: readonly never[] = [];

export function FoldedList<T>({
  items,
  more,
  render,
}: {
  items: readonly T[];
  more: (hidden: number) => string;
  render: (item: T) => ReactNode;
}) {
  // Folding one card would save nothing: fold only when two or more are left.
  const [shown, hidden] = useMemo(() => {
    const first = items.length > CARDS_SHOWN + 1 ? items.slice(0, CARDS_SHOWN) : items;
    return [first, items.slice(first.length)];
  }, [items]);
  // The folded cards are built just after the panel first shows, in a render React may
  // pause: a position held by 300 actors would otherwise build 298 cards nobody sees
  // yet inside the click (or the load) that opened it.
  const built = useDeferredValue<readonly T[]>(hidden, NOTHING_YET);
  return (
    <>
      <ul className="details__cards">{shown.map(render)}</ul>
      {hidden.length > 0 && (
        <details className="details__more">
          <summary>{more(hidden.length)}</summary>
          <ul className="details__cards">{built.map(render)}</ul>
        </details>
      )}
    </>
  );
}

/** Compact: one line per stance value, with the actors holding it. */
export function HoldersByStance({
  groups,
  onSelect,
}: {
  groups: readonly StanceGroup[];
  onSelect: OnSelect;
}) {
  const { t } = useLingui();
  if (groups.length === 0) return <NoneRecorded>{t`No stances recorded.`}</NoneRecorded>;
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

/** Running text with the debate's glossary terms explained in place. */
export function Glossed({ text }: { text: string }) {
  const debate = useAppStore((s) => s.debate);
  if (!debate?.glossary.length) return <>{text}</>;
  return <DebateGlossaryText text={text} debate={debate} />;
}
