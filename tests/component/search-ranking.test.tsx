// One ranking for the list of matches and for Enter: Enter picks the first item the list
// shows, and exact and prefix matches of names come first, glossary terms included.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import { DebateIntro } from '../../src/features/explore/DebateIntro';
import { SearchBox } from '../../src/features/explore/SearchBox';
import bundledDocument from '../../data/eu-taliban-returns.json';
import { loadFixture } from '../fixtures/load';
import { renderWithStore } from './render';

const TALIBAN = 'taliban-authorities' as NodeId;

const bundled = () => loadFixture(bundledDocument);

function renderSearch() {
  return renderWithStore(
    <>
      <SearchBox />
      <DebateIntro />
    </>,
    { debate: bundled() },
  );
}

/** Whether `a` comes before `b` in the page. */
function precedes(a: Element, b: Element): boolean {
  return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

describe('search: Enter picks the first item the list shows', () => {
  it('opens the glossary term listed first for "refoulement", not the issue below it', async () => {
    const user = userEvent.setup();
    const { store } = renderSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Search the debate' }), 'refoulement');
    const list = screen.getByRole('region', { name: /matches for “refoulement”/ });
    const term = within(list).getByText('Non-refoulement', { selector: 'summary' });
    const firstNode = within(list).getAllByRole('button')[0] as HTMLElement;
    expect(precedes(term, firstNode)).toBe(true);
    await user.keyboard('{Enter}');
    expect(store.getState().selected).toBeNull();
    expect(term.closest('details')).toHaveAttribute('open');
  });

  it('selects the actor whose name starts with "taliban", listed before the terms that only mention it', async () => {
    const user = userEvent.setup();
    const { store } = renderSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Search the debate' }), 'taliban');
    const list = screen.getByRole('region', { name: /matches for “taliban”/ });
    const firstNode = within(list).getAllByRole('button')[0] as HTMLElement;
    const glossary = within(list).getByRole('heading', { name: 'In the glossary' });
    expect(precedes(firstNode, glossary)).toBe(true);
    await user.keyboard('{Enter}');
    expect(store.getState().selected).toBe(TALIBAN);
    expect(firstNode).toHaveTextContent(
      store.getState().debate?.index.node.get(TALIBAN)?.label ?? '',
    );
  });
});
