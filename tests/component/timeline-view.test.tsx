import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TimelineView } from '../../src/features/timeline/TimelineView';
import { councilEvent, smallDebate } from '../fixtures/small-debate';
import { loadFixture } from '../fixtures/load';
import { renderView } from './render';

function debate() {
  const doc = smallDebate();
  doc.events = [
    councilEvent('vote', '2026-06-22', 'Council vote', {
      summary: 'The council votes on the uniform.',
      evidence: [{ source: 'paper', quote: 'The vote.' }],
    }),
    councilEvent('founded', '2020', 'Council founded'),
    {
      ...councilEvent('letter', '2026-05', 'Parents write', { actors: ['parents', 'pupils'] }),
      'x-year-assumed': true,
    } as ReturnType<typeof councilEvent>,
  ];
  return loadFixture(doc);
}

const titles = (container: HTMLElement) =>
  within(container)
    .getAllByRole('article')
    .map((article) => article.querySelector('h3, h4')?.textContent);

describe('the timeline', () => {
  it('shows the events in date order, each date at its own precision', () => {
    const { onDrawn } = renderView(TimelineView, { debate: debate() });
    expect(onDrawn).toHaveBeenCalled();
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(titles(region)).toEqual(['Council founded', 'Parents write', 'Council vote']);
    const times = region.querySelectorAll('time');
    expect([...times].map((t) => [t.dateTime, t.textContent])).toEqual([
      ['2020', '2020'],
      ['2026-05', 'May 2026'],
      ['2026-06-22', 'June 22, 2026'],
    ]);
  });

  it('notes an assumed year and keeps the evidence folded', async () => {
    const user = userEvent.setup();
    renderView(TimelineView, { debate: debate() });
    const letter = screen.getByRole('article', { name: 'Parents write' });
    expect(within(letter).getByText('Year assumed')).toHaveTextContent(
      'Year assumed (the sources do not give the year)',
    );
    const vote = screen.getByRole('article', { name: 'Council vote' });
    expect(within(vote).queryByText('Year assumed')).toBeNull();
    const quote = within(vote).getByText('The vote.');
    expect(quote).not.toBeVisible();
    await user.click(within(vote).getByText('Evidence (1)'));
    expect(quote).toBeVisible();
  });

  it('selects an actor in the store, shared with the other views, and highlights their events', async () => {
    const user = userEvent.setup();
    const { store } = renderView(TimelineView, { debate: debate() });
    const letter = screen.getByRole('article', { name: 'Parents write' });
    const parents = within(letter).getByRole('button', { name: 'Parents’ association' });
    expect(parents).toHaveAttribute('aria-pressed', 'false');
    await user.click(parents);
    expect(store.getState().selected).toBe('parents');
    expect(parents).toHaveAttribute('aria-pressed', 'true');
    expect(letter.closest('li')).toHaveAttribute('data-selected');
    expect(screen.getByText(/Highlighted: the events of/)).toHaveTextContent(
      'Parents’ association',
    );
    await user.click(screen.getByRole('button', { name: 'Show in the graph' }));
    expect(store.getState().view).toBe('graph');
  });

  it('sets "as of" from the slider and marks what came later', async () => {
    const user = userEvent.setup();
    const { store } = renderView(TimelineView, { debate: debate() });
    const slider = screen.getByRole('slider', { name: 'As of' });
    expect(slider).toHaveAttribute('aria-valuetext', 'All events');
    expect(slider).toHaveAttribute('max', '3');
    fireEvent.change(slider, { target: { value: '1' } });
    expect(store.getState().at).toBe('2026-05');
    expect(slider).toHaveAttribute('aria-valuetext', 'May 2026');

    const later = screen.getByRole('region', { name: 'After May 2026' });
    expect(titles(later)).toEqual(['Council vote']);
    expect(within(later).getByText('Later')).toBeInTheDocument();
    expect(titles(screen.getByRole('list', { name: 'Up to May 2026' }))).toEqual([
      'Council founded',
      'Parents write',
    ]);

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().at).toBeNull();
    expect(screen.queryByRole('region', { name: /^After/ })).toBeNull();
  });

  it('opens at the "as of" date of the link, even one between event dates', () => {
    renderView(TimelineView, { debate: debate(), at: '2026-06-01' });
    const slider = screen.getByRole('slider', { name: 'As of' });
    expect(slider).toHaveValue('1');
    expect(slider).toHaveAttribute('aria-valuetext', 'June 1, 2026');
    expect(titles(screen.getByRole('region', { name: 'After June 1, 2026' }))).toEqual([
      'Council vote',
    ]);
  });

  it('says when a coarse date may be later than "as of"', () => {
    renderView(TimelineView, { debate: debate(), at: '2020-03-01' });
    const founded = screen.getByRole('article', { name: 'Council founded' });
    expect(within(founded).getByText('May be later')).toBeInTheDocument();
  });

  it('explains glossary terms in event summaries', async () => {
    const user = userEvent.setup();
    renderView(TimelineView, { debate: debate() });
    const term = screen.getByRole('button', { name: 'uniform (glossary)' });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    await user.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(term.getAttribute('aria-controls')!)).toHaveTextContent(
      'Uniform Clothes everyone wears.',
    );
  });

  it('says so when there are no events', () => {
    const doc = smallDebate();
    doc.events = [];
    renderView(TimelineView, { debate: loadFixture(doc) });
    expect(screen.getByText('This debate has no dated events.')).toBeInTheDocument();
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
