// The details of the selected node: what it is, who holds or makes it, and the verbatim
// quotes behind every claim, each with its source. Every name is a button that selects
// that node, so the reader can walk the debate from here alone. Plain text only: data
// never becomes markup. This is the panel's frame (its bar, heading, focus and Escape);
// details/ holds one body per node type and the pieces they share.
import { i18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useLayoutEffect, useRef, type JSX, type KeyboardEvent } from 'react';
import { actorKindLabel } from '../../domain/actor-kind';
import type { DebateNode } from '../../domain/model';
import { NODE_TYPE_NAMES } from '../../domain/node-types';
import { useAppStore } from '../../store/store-context';
import { DataText } from '../../ui/DataText';
import type { OnSelect } from './details/DetailsParts';
import { HiddenLinksNote } from './details/HiddenLinksNote';
import { NodeBody } from './details/NodeBody';
import './details.css';

// The panel's counts ("2 more quotes") are formatted by Intl, whose first formatter in a
// language loads that language's number data: tens of ms that the first click would wait
// for. This code is fetched once the graph is drawn, so the data loads then.
if (i18n.locale) {
  i18n.number(0);
  new Intl.PluralRules(i18n.locale).select(0);
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
  /**
   * Whether the panel is scrolled away from its top, kept from its scroll events: asking
   * the element (or setting scrollTop) inside a click would force a layout of the new
   * details before the browser's own, 60–130 ms on the bundled debate.
   */
  const scrolledDown = useRef(false);

  // A new selection starts at the top. Focus moves only if the reader chose a name in
  // this panel and the button they were on has gone: then it lands on the new heading
  // instead of falling to the page. Selections made elsewhere never move focus.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (root && scrolledDown.current) {
      root.scrollTop = 0;
      scrolledDown.current = false;
    }
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
      onScroll={(event) => (scrolledDown.current = event.currentTarget.scrollTop > 0)}
    >
      <span id={labelId} className="visually-hidden">
        <Trans>Details</Trans>
      </span>
      <div className="details__bar">
        <span className={`tag details__type node-type--${node.type}`}>
          <TypeBadge node={node} />
        </span>
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
      <HiddenLinksNote debate={debate} id={node.id} />
      <div key={node.id} className="details__body">
        <NodeBody debate={debate} node={node} onSelect={choose} />
      </div>
    </section>
  );
}

/** "Actor · EU institution", "Argument · attacks", "Position": what the node is. */
function TypeBadge({ node }: { node: DebateNode }) {
  const { t } = useLingui();
  switch (node.type) {
    case 'actor': {
      const kind = actorKindLabel(node.actorKind);
      return t`Actor · ${kind}`;
    }
    case 'argument':
      return node.relation === 'supports' ? t`Argument · supports` : t`Argument · attacks`;
    case 'position':
    case 'issue':
      return NODE_TYPE_NAMES[node.type].name;
  }
}
