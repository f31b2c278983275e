import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import { DetailsPanel } from '../../src/features/explore/DetailsPanel';
import { smallDebate } from '../fixtures/small-debate';
import { loadFixture } from '../fixtures/load';
import { renderWithStore } from './render';

const id = (s: string) => s as NodeId;

function renderSelected(selected: string | null, doc = smallDebate()) {
  return renderWithStore(<DetailsPanel />, {
    debate: loadFixture(doc),
    selected: selected === null ? null : id(selected),
  });
}

const details = () => screen.getByRole('region', { name: 'Details' });
const h3s = (root: HTMLElement) =>
  within(root)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

/** The panel for a selected node, checked to be headed by its name and to name its type. */
function shownDetails(selected: string, heading: string, type: string) {
  renderSelected(selected);
  const panel = details();
  expect(within(panel).getByRole('heading', { level: 2, name: heading })).toBeVisible();
  expect(panel).toHaveTextContent(type);
  return panel;
}

/** The panel's own list of the sources it quotes, each once. */
const sourcesOf = (panel: HTMLElement) =>
  within(panel).getByRole('heading', { name: 'Sources' }).closest('section')!;

describe('the details panel', () => {
  it('renders nothing without a selection, or for an unknown id', () => {
    const { container } = renderSelected(null);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('region', { name: 'Details' })).not.toBeInTheDocument();

    const unknown = renderSelected('nobody');
    expect(unknown.container).toBeEmptyDOMElement();
  });

  it('shows an actor: badge, summary, stances by issue, arguments, events, members', () => {
    const panel = shownDetails('council', 'School council', 'Actor · Institution');
    expect(panel).toHaveTextContent('Runs the school.');
    expect(h3s(panel)).toEqual([
      'Should uniforms be required?',
      'Arguments it makes',
      'Events',
      'Sources',
    ]);

    const stance = within(panel).getByRole('button', { name: 'Require uniforms.' }).closest('li')!;
    expect(stance).toHaveTextContent('✓ For');
    expect(stance).toHaveTextContent('Wants them.');
    expect(within(stance).getByText('We want uniforms.').closest('blockquote')).not.toBeNull();
    // The quote cites its source by number and short name; the full line is listed once.
    expect(stance).toHaveTextContent('[1] Town paper');
    expect(stance).not.toHaveTextContent('Town Press');
    expect(within(sourcesOf(panel)).getByRole('listitem')).toHaveTextContent('Town Press');

    expect(
      within(panel).getByRole('button', { name: 'Uniforms hide income differences.' }),
    ).toBeInTheDocument();
    expect(panel).toHaveTextContent('2026-06-22 Council vote');
    expect(within(panel).getByRole('button', { name: 'Pupils' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Members:');
  });

  it('shows each stance as icon and visible word, with the evidence note', () => {
    renderSelected('parents');
    const panel = details();
    expect(h3s(panel)).toEqual([
      'Should uniforms be required?',
      'Who pays for uniforms?',
      'Arguments it makes',
      'Events',
      'Sources',
    ]);
    expect(panel).toHaveTextContent('✗ Against');
    expect(panel).toHaveTextContent('? Unclear');
    expect(panel).toHaveTextContent('Note: Vague.');
    expect(panel).toHaveTextContent('None recorded.');

    renderSelected('pupils');
    const pupils = screen.getAllByRole('region', { name: 'Details' })[1]!;
    expect(pupils).toHaveTextContent('◐ Conditional');
    expect(pupils).toHaveTextContent('Member of:');
    expect(within(pupils).getByRole('button', { name: 'School council' })).toBeInTheDocument();
  });

  it('shows a position: its issue, who holds it by stance, arguments for and against', () => {
    const panel = shownDetails('require', 'Require uniforms.', 'Position');
    expect(
      within(panel).getByRole('button', { name: 'Should uniforms be required?' }),
    ).toBeInTheDocument();
    expect(h3s(panel)).toEqual(['Who holds it', 'Arguments for', 'Arguments against', 'Sources']);
    expect(
      within(panel)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['✓ For', '✗ Against']);

    const council = within(panel).getByRole('button', { name: 'School council' }).closest('li')!;
    expect(council).toHaveTextContent('Wants them.');
    expect(council).toHaveTextContent('We want uniforms.');
    expect(within(panel).getByRole('button', { name: 'Parents’ association' })).toBeVisible();

    const forSection = within(panel).getByRole('heading', { name: 'Arguments for' }).parentElement!;
    expect(
      within(forSection).getByRole('button', { name: 'Uniforms hide income differences.' }),
    ).toBeInTheDocument();
    const against = within(panel).getByRole('heading', {
      name: 'Arguments against',
    }).parentElement!;
    expect(against).toHaveTextContent('None recorded.');
  });

  it('shows an argument: target, makers, supporters and attackers, evidence and text', () => {
    const panel = shownDetails(
      'cost-burden',
      'Uniforms cost families money.',
      'Argument · attacks',
    );
    expect(h3s(panel)).toEqual([
      'Attacks',
      'Made by',
      'Supported by',
      'Attacked by',
      'Evidence',
      'Sources',
    ]);
    const section = (name: string) =>
      within(panel).getByRole('heading', { level: 3, name }).parentElement!;
    expect(
      within(section('Attacks')).getByRole('button', { name: 'Uniforms hide income differences.' }),
    ).toBeInTheDocument();
    expect(
      within(section('Made by'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Parents’ association', 'Pupils']);
    expect(section('Supported by')).toHaveTextContent('None recorded.');
    expect(
      within(section('Attacked by')).getByRole('button', { name: 'Subsidies remove the cost.' }),
    ).toBeInTheDocument();
    expect(
      within(section('Evidence')).getByText('They are expensive.').closest('blockquote'),
    ).not.toBeNull();
    expect(panel).toHaveTextContent('Longer text.');
    // The issue it ultimately belongs to, two steps up.
    expect(
      within(panel).getByRole('button', { name: 'Should uniforms be required?' }),
    ).toBeInTheDocument();
  });

  it('says so when an argument names no actor', () => {
    renderSelected('subsidy');
    const panel = details();
    expect(panel).toHaveTextContent('Argument · attacks');
    const madeBy = within(panel).getByRole('heading', { name: 'Made by' }).parentElement!;
    expect(madeBy).toHaveTextContent('No actor named in the sources');
    expect(within(madeBy).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows an issue: summary, then each position with who holds it by stance', () => {
    const panel = shownDetails('uniforms', 'Should uniforms be required?', 'Issue');
    expect(panel).toHaveTextContent('The main question.');
    expect(h3s(panel)).toEqual(['Require uniforms.', 'Make uniforms optional.']);
    const require = within(panel).getByRole('heading', {
      name: 'Require uniforms.',
    }).parentElement!;
    expect(require).toHaveTextContent('✓ ForSchool council');
    expect(within(require).getByRole('button', { name: 'Parents’ association' })).toBeVisible();
    const optional = within(panel).getByRole('heading', {
      name: 'Make uniforms optional.',
    }).parentElement!;
    expect(optional).toHaveTextContent('◐ Conditional');
    expect(within(optional).getByRole('button', { name: 'Pupils' })).toBeVisible();
  });

  it('selects a node when its name is clicked, and moves focus to the new heading', async () => {
    const user = userEvent.setup();
    const { store } = renderSelected('council');
    await user.click(screen.getByRole('button', { name: 'Require uniforms.' }));
    expect(store.getState().selected).toBe('require');
    const heading = screen.getByRole('heading', { level: 2, name: 'Require uniforms.' });
    expect(heading).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Parents’ association' }));
    expect(store.getState().selected).toBe('parents');
    await user.click(screen.getByRole('button', { name: 'Who pays for uniforms?' }));
    expect(store.getState().selected).toBe('cost');
  });

  it('every name button has type="button"', () => {
    renderSelected('require');
    for (const button of within(details()).getAllByRole('button')) {
      expect(button).toHaveAttribute('type', 'button');
    }
  });

  it('does not take focus when the selection changes from outside', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <button type="button">Outside</button>
        <DetailsPanel />
      </>,
      { debate: loadFixture(), selected: id('council') },
    );
    await user.click(screen.getByRole('button', { name: 'Outside' }));
    const outside = screen.getByRole('button', { name: 'Outside' });
    expect(outside).toHaveFocus();
    store.getState().select(id('require'));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Require uniforms.' }),
    ).toBeInTheDocument();
    expect(outside).toHaveFocus();
  });

  it('closes with the Close button', async () => {
    const user = userEvent.setup();
    const { store } = renderSelected('require');
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.getState().selected).toBeNull();
    expect(screen.queryByRole('region', { name: 'Details' })).not.toBeInTheDocument();
  });

  it('closes when Escape is pressed inside it', async () => {
    const user = userEvent.setup();
    const { store } = renderSelected('require');
    screen.getByRole('button', { name: 'School council' }).focus();
    await user.keyboard('{Escape}');
    expect(store.getState().selected).toBeNull();
    expect(screen.queryByRole('region', { name: 'Details' })).not.toBeInTheDocument();
  });

  it('links a source that has a url, in a new tab, and does not link one without', () => {
    const doc = smallDebate();
    doc.sources.push({ id: 'leaflet', title: 'School leaflet', publisher: 'The school' } as never);
    doc.stances[1]!.evidence = [{ source: 'leaflet', quote: 'Too costly.' }];
    renderSelected('require', doc);
    const panel = details();

    const link = within(panel).getByRole('link', { name: /Town paper/ });
    expect(link).toHaveAttribute('href', 'https://example.org/paper');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    const parents = within(panel)
      .getByRole('button', { name: 'Parents’ association' })
      .closest('li')!;
    expect(parents).toHaveTextContent('School leaflet');
    expect(within(parents).queryByRole('link')).not.toBeInTheDocument();
    expect(sourcesOf(panel)).toHaveTextContent('School leaflet, The school');
    expect(within(panel).getAllByRole('link')).toHaveLength(1);
  });

  it('shows markup in the data as literal text', () => {
    const doc = smallDebate();
    const evil = '<img src=x onerror=alert(1)>';
    doc.actors[0]!.name = evil;
    doc.actors[0]!.summary = '<script>alert(1)</script>';
    const { container } = renderSelected('council', doc);
    expect(screen.getByRole('heading', { level: 2, name: evil })).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();

    renderSelected('require', doc);
    expect(screen.getByRole('button', { name: evil })).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
  });

  it('lists every holder of a widely held position, the folded ones once the panel shows', async () => {
    const doc = smallDebate();
    for (let i = 0; i < 12; i++) {
      doc.actors.push({
        id: `voter-${i}`,
        name: `Voter ${i}`,
        kind: 'person',
        summary: 'A voter.',
      });
      doc.stances.push({
        actor: `voter-${i}`,
        position: 'require',
        stance: 'for',
        summary: `Voter ${i} says so.`,
        evidence: [{ source: 'paper', quote: `Voter ${i}.` }],
      });
    }
    renderSelected('require', doc);
    const panel = details();
    const more = within(panel).getByText(/^\d+ more actors for$/);
    // Folded away, yet in the page: every one of them is there to open and to find.
    expect(await within(panel).findByRole('button', { name: 'Voter 11' })).not.toBeVisible();
    await userEvent.setup().click(more);
    expect(within(panel).getByRole('button', { name: 'Voter 11' })).toBeVisible();
    expect(panel).toHaveTextContent('Voter 11 says so.');
  });

  it('starts a new selection at the top, touching the scroll only if the reader scrolled', () => {
    const { store } = renderSelected('council');
    const panel = details();
    const writes: number[] = [];
    Object.defineProperty(panel, 'scrollTop', {
      configurable: true,
      get: () => writes.at(-1) ?? 0,
      set: (value: number) => writes.push(value),
    });
    act(() => store.getState().select(id('require')));
    expect(writes).toEqual([]);

    writes.push(240);
    fireEvent.scroll(panel);
    act(() => store.getState().select(id('parents')));
    expect(panel.scrollTop).toBe(0);
  });
});
