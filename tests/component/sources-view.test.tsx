import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SourcesView } from '../../src/features/sources/SourcesView';
import { councilEvent, smallDebate } from '../fixtures/small-debate';
import { loadFixture } from '../fixtures/load';
import { renderView } from './render';

function debate() {
  const doc = smallDebate();
  doc.sources.push({ id: 'flyer', title: 'A flyer', date: '2025' } as (typeof doc.sources)[number]);
  doc.events = [
    councilEvent('vote', '2026-06-22', 'Council vote', {
      evidence: [{ source: 'flyer', quote: 'Vote!' }],
    }),
  ];
  (doc as { glossary: unknown }).glossary = [
    {
      term: 'Uniform',
      definition: 'Clothes everyone wears, set by a dress code.',
      evidence: [{ source: 'paper', quote: 'We want uniforms.' }],
    },
    { term: 'dress code', definition: 'Rules on what to wear, such as a uniform.', evidence: [] },
    { term: 'Blazer', definition: 'A jacket.', evidence: [] },
  ];
  return loadFixture(doc);
}

describe('the sources and glossary', () => {
  it('lists every source with publisher, date at its precision, and a link only when it has one', () => {
    const { onDrawn } = renderView(SourcesView, { debate: debate() });
    expect(onDrawn).toHaveBeenCalled();
    const region = screen.getByRole('region', { name: 'Sources and glossary' });
    const [paper, flyer] = within(region).getAllByRole('article');

    const link = within(paper!).getByRole('link', {
      name: /^Town paper\s*\(opens in a new tab\)$/,
    });
    expect(link).toHaveAttribute('href', 'https://example.org/paper');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(paper).toHaveTextContent('PublisherTown Press');
    expect(paper).toHaveTextContent('DateJune 2026');
    expect(paper).toHaveTextContent('Linkexample.org');

    expect(within(flyer!).getByRole('heading', { name: 'A flyer' })).toBeInTheDocument();
    expect(within(flyer!).queryByRole('link')).toBeNull();
    expect(flyer).toHaveTextContent('PublisherNot given');
    expect(flyer).toHaveTextContent('Date2025');
    expect(flyer).toHaveTextContent('LinkNone given');
  });

  it('counts what cites each source and selects a cited node from the list', async () => {
    const user = userEvent.setup();
    const { store } = renderView(SourcesView, { debate: debate() });
    const paper = screen.getByRole('article', { name: /Town paper/ });
    expect(paper).toHaveTextContent('Cited by 4 stances, 3 arguments, and 1 glossary entry.');
    const flyer = screen.getByRole('article', { name: 'A flyer' });
    expect(flyer).toHaveTextContent('Cited by 1 event.');

    const argument = within(paper).getByRole('button', {
      name: 'Uniforms hide income differences.',
    });
    expect(argument).not.toBeVisible();
    await user.click(within(paper).getByText('What cites it (8)'));
    expect(argument).toBeVisible();
    await user.click(argument);
    expect(store.getState().selected).toBe('equality');
    expect(argument).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/^Selected:/)).toHaveTextContent(
      'Selected: Uniforms hide income differences.',
    );

    const stances = within(paper).getByRole('heading', { name: 'Stances' }).parentElement!;
    await user.click(within(stances).getAllByRole('button', { name: 'Parents’ association' })[0]!);
    expect(store.getState().selected).toBe('parents');
    await user.click(within(stances).getAllByRole('button', { name: 'Require uniforms.' })[0]!);
    expect(store.getState().selected).toBe('require');

    const glossaryLink = within(paper).getByRole('link', { name: 'Uniform' });
    expect(glossaryLink).toHaveAttribute('href', '#glossary-uniform');

    await user.click(within(flyer).getByText('What cites it (1)'));
    await user.click(within(flyer).getByRole('button', { name: 'Council vote' }));
    expect(store.getState().view).toBe('timeline');
  });

  it('lists the glossary alphabetically, each term with an anchor and its evidence', () => {
    renderView(SourcesView, { debate: debate() });
    const terms = [...document.querySelectorAll('#glossary-list dt')];
    expect(terms.map((t) => t.textContent)).toEqual(['Blazer', 'dress code', 'Uniform']);
    expect(terms.map((t) => t.parentElement?.id)).toEqual([
      'glossary-blazer',
      'glossary-dress-code',
      'glossary-uniform',
    ]);
    const uniform = document.getElementById('glossary-uniform')!;
    expect(within(uniform).getByText('Evidence (1)')).toBeInTheDocument();
    // A definition explains the other terms it uses, never its own.
    expect(
      within(uniform).getByRole('button', { name: 'dress code (glossary)' }),
    ).toBeInTheDocument();
    expect(within(uniform).queryByRole('button', { name: /^Uniform/i })).toBeNull();
  });

  it('says so when there are no sources or no glossary', () => {
    const doc = smallDebate();
    doc.sources = [];
    doc.stances = [];
    doc.arguments = [];
    doc.events = [];
    doc.glossary = [];
    renderView(SourcesView, { debate: loadFixture(doc) });
    expect(screen.getByText('This debate lists no sources.')).toBeInTheDocument();
    expect(screen.getByText('This debate has no glossary.')).toBeInTheDocument();
  });
});
