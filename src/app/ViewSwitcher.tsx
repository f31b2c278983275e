import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLayoutEffect, useRef } from 'react';
import type { View } from '../domain/model';
import { useAppStore } from '../store/store-context';

const VIEW_LABELS: Partial<Record<View, MessageDescriptor>> = {
  graph: msg`Graph`,
  compare: msg`Compare`,
  matrix: msg`Matrix`,
  arguments: msg`Arguments`,
  timeline: msg`Timeline`,
  sources: msg`Sources`,
};

/**
 * Scrolls a row sideways just enough to show one of its items whole; the page itself
 * never moves (scrollIntoView would scroll it up to the header too).
 */
function showInRow(row: HTMLElement, item: HTMLElement) {
  const box = row.getBoundingClientRect();
  const own = item.getBoundingClientRect();
  const delta =
    own.left < box.left ? own.left - box.left : own.right > box.right ? own.right - box.right : 0;
  if (delta) row.scrollBy({ left: delta });
}

/** The main views, as a row of buttons; the current one is marked for assistive technology. */
export function ViewSwitcher() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const { t } = useLingui();
  const row = useRef<HTMLElement>(null);
  // On a phone the row scrolls sideways: the current view is always in sight in it,
  // whether it was chosen here, by a link, a tour step or Back, and stays so when the
  // row's width changes (the header's rows are flex lines that settle as they fill).
  useLayoutEffect(() => {
    const nav = row.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    if (typeof ResizeObserver !== 'function') {
      showInRow(nav, current);
      return;
    }
    // Only in the observer, which also reports at once, after the browser's own layout:
    // measured here, the row would force a layout of the whole page inside the render
    // that mounted it (a big debate's first one).
    const observer = new ResizeObserver(() => showInRow(nav, current));
    observer.observe(nav);
    return () => observer.disconnect();
  }, [view]);
  return (
    <nav className="views" aria-label={t`Views`} ref={row}>
      {Object.entries(VIEW_LABELS).map(([id, label]) => (
        <button
          key={id}
          type="button"
          aria-current={view === id ? 'page' : undefined}
          onClick={() => setView(id as View)}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}

/**
 * "Where do you stand?" in the header, beside the views rather than among them: the
 * views row is full at laptop widths, and this one is a task more than a way of looking.
 */
export function StandButton() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <button
      type="button"
      className="button stand-button"
      aria-current={view === 'stand' ? 'page' : undefined}
      onClick={() => setView('stand')}
    >
      {/* On a phone the header row has room for a short word; the name stays whole. */}
      <span className="stand-button__short" aria-hidden="true">
        <Trans comment="A one-word stand-in for 'Where do you stand?' on a phone">You?</Trans>
      </span>
      <span className="stand-button__long">
        <Trans>Where do you stand?</Trans>
      </span>
    </button>
  );
}
