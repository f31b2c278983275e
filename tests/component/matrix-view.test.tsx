import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AGREEMENT_SCORE_EXPLANATION } from '../../src/domain/comparison';
import type { NodeId } from '../../src/domain/model';
import { MatrixView } from '../../src/features/matrix/MatrixView';
import { smallDebate } from '../fixtures/small-debate';
import { loadFixture } from '../fixtures/load';
import { renderWithStore } from './render';

function renderMatrix(selected: string | null = null) {
  const onDrawn = vi.fn();
  const result = renderWithStore(<MatrixView onDrawn={onDrawn} />, {
    debate: loadFixture(smallDebate()),
    selected: selected as NodeId | null,
  });
  return { ...result, onDrawn };
}

const table = () => screen.getByRole('table');
const rowHeaders = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((th) => th.textContent);
const columnHeaders = () =>
  within(table())
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
const sortBy = () => screen.getByRole('combobox', { name: 'Sort actors' });

describe('the stance matrix', () => {
  it('is a table of actors × positions, grouped by issue, and marks the app ready', () => {
    const { onDrawn } = renderMatrix();
    expect(onDrawn).toHaveBeenCalled();
    expect(table()).toHaveAccessibleName(/Who holds what: 3 actors × 3 positions/);
    expect(screen.getByRole('region', { name: 'Stance matrix' })).toHaveAttribute('tabindex', '0');
    expect(columnHeaders()).toEqual([
      'Actor',
      'Should uniforms be required?',
      'Who pays for uniforms?',
      'Require uniforms.',
      'Make uniforms optional.',
      'The school pays.',
    ]);
    const issue = screen.getByRole('columnheader', { name: 'Should uniforms be required?' });
    expect(issue).toHaveAttribute('scope', 'colgroup');
    expect(issue).toHaveAttribute('colspan', '2');
    expect(screen.getByRole('button', { name: 'Require uniforms.' })).toHaveAttribute(
      'title',
      'Require uniforms.',
    );
    expect(rowHeaders()).toEqual(['Parents’ association', 'Pupils', 'School council']);
  });

  it('shows each stance as icon and word, and empty cells as "no stance recorded"', () => {
    renderMatrix();
    const council = screen.getByRole('rowheader', { name: 'School council' }).closest('tr')!;
    const cells = within(council).getAllByRole('cell');
    expect(cells).toHaveLength(3);
    const stance = within(cells[0]!).getByRole('button', {
      name: 'School council: For — Require uniforms.',
    });
    expect(stance).toHaveTextContent('✓ For');
    expect(cells[1]).toHaveTextContent('No stance recorded');
    expect(within(cells[1]!).queryByRole('button')).toBeNull();
    const parents = screen.getByRole('rowheader', { name: 'Parents’ association' }).closest('tr')!;
    expect(within(parents).getAllByRole('cell')[2]).toHaveTextContent('? Unclear');
  });

  it('opens a cell’s evidence: summary, verbatim quote, source link and note', async () => {
    const user = userEvent.setup();
    renderMatrix();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Parents’ association: Unclear — The school pays.' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Parents’ association: Unclear' });
    expect(dialog).toHaveTextContent('Position: The school pays.');
    expect(dialog).toHaveTextContent('Issue: Who pays for uniforms?');
    expect(dialog).toHaveTextContent('Unsure.');
    expect(within(dialog).getByText('We will see.').closest('blockquote')).not.toBeNull();
    const link = within(dialog).getByRole('link', { name: /Town paper/ });
    expect(link).toHaveAttribute('href', 'https://example.org/paper');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(dialog).toHaveTextContent('Town Press');
    expect(dialog).toHaveTextContent('Note: Vague.');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows a source without a url as plain text, not a link', async () => {
    const user = userEvent.setup();
    const doc = smallDebate();
    delete (doc.sources[0] as { url?: string }).url;
    renderWithStore(<MatrixView onDrawn={() => {}} />, { debate: loadFixture(doc) });
    await user.click(
      screen.getByRole('button', { name: 'School council: For — Require uniforms.' }),
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).queryByRole('link')).toBeNull();
    expect(dialog).toHaveTextContent('Town paper');
    expect(within(dialog).getByText('We want uniforms.').closest('blockquote')).not.toBeNull();
  });

  it('sorts the rows by name, by kind and by agreement', async () => {
    const user = userEvent.setup();
    renderMatrix();
    expect(sortBy()).toHaveValue('name');
    expect(rowHeaders()).toEqual(['Parents’ association', 'Pupils', 'School council']);

    await user.selectOptions(sortBy(), 'By kind');
    // Each kind is a row group, its name a header over its actors.
    expect(rowHeaders()).toEqual([
      'People affected',
      'Pupils',
      'Civil society',
      'Parents’ association',
      'Institution',
      'School council',
    ]);

    await user.selectOptions(sortBy(), 'By agreement with…');
    const reference = screen.getByRole('combobox', { name: 'Reference actor' });
    // Nothing selected: the first actor of the debate.
    expect(reference).toHaveValue('council');
    expect(rowHeaders()).toEqual(['School council', 'Parents’ association', 'Pupils']);

    await user.selectOptions(reference, 'Pupils');
    expect(rowHeaders()).toEqual(['Pupils', 'Parents’ association', 'School council']);

    await user.selectOptions(sortBy(), 'By name');
    expect(screen.queryByRole('combobox', { name: 'Reference actor' })).toBeNull();
    expect(rowHeaders()).toEqual(['Parents’ association', 'Pupils', 'School council']);
  });

  it('shows the agreement column and how the score works, from the selected actor', async () => {
    const user = userEvent.setup();
    renderMatrix('parents');
    expect(screen.queryByText(/How the score works/)).toBeNull();
    await user.selectOptions(sortBy(), 'agreement');
    expect(screen.getByRole('combobox', { name: 'Reference actor' })).toHaveValue('parents');
    expect(screen.getByText(/How the score works/).parentElement).toHaveTextContent(
      AGREEMENT_SCORE_EXPLANATION,
    );
    expect(
      screen.getByRole('columnheader', { name: 'Agreement with Parents' }),
    ).toBeInTheDocument();
    expect(rowHeaders()).toEqual(['Parents’ association', 'School council', 'Pupils']);
    const agreement = (name: string) =>
      within(screen.getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell')[0];
    expect(agreement('Parents’ association')).toHaveTextContent('Reference');
    expect(agreement('School council')).toHaveTextContent('−1 always opposed (1 shared)');
    expect(agreement('Pupils')).toHaveTextContent('—No shared positions');
  });

  it('offers to compare the reference actor with those closest to it', async () => {
    const user = userEvent.setup();
    const { store } = renderMatrix('council');
    await user.selectOptions(sortBy(), 'agreement');
    await user.click(screen.getByRole('button', { name: 'Compare the top 2' }));
    expect(store.getState().view).toBe('compare');
    expect(store.getState().compare).toEqual(['council', 'parents']);
  });

  it('selects an actor or a position from its header, and marks it', async () => {
    const user = userEvent.setup();
    const { store } = renderMatrix();
    const pupils = screen.getByRole('button', { name: 'Pupils' });
    expect(pupils).not.toHaveAttribute('aria-current');
    await user.click(pupils);
    expect(store.getState().selected).toBe('pupils');
    expect(pupils).toHaveAttribute('aria-current', 'true');
    expect(pupils.closest('tr')).toHaveClass('is-current');

    const position = screen.getByRole('button', { name: 'The school pays.' });
    await user.click(position);
    expect(store.getState().selected).toBe('school-pays');
    expect(position).toHaveAttribute('aria-current', 'true');
    expect(pupils).not.toHaveAttribute('aria-current');
  });
});
