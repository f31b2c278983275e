import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/domain/model';
import { CompareView } from '../../src/features/compare/CompareView';
import { loadFixture } from '../fixtures/load';
import { renderWithStore } from './render';

const ids = (...a: string[]) => a as ActorId[];
const drawn = () => {};

describe('the comparison', () => {
  it('puts the actors side by side with a summary in words', () => {
    renderWithStore(<CompareView onDrawn={drawn} />, {
      debate: loadFixture(),
      view: 'compare',
      compare: ids('council', 'parents'),
    });
    const region = screen.getByRole('region', { name: 'Comparison' });
    expect(within(region).getByRole('heading', { name: 'School council' })).toBeInTheDocument();
    expect(
      within(region).getByRole('heading', { name: 'Parents’ association' }),
    ).toBeInTheDocument();
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Agree on 0 positions, disagree on 1',
    );
    const sharpest = within(region).getByRole('heading', {
      name: 'Sharpest disagreements',
    }).parentElement!;
    expect(within(sharpest).getByRole('button', { name: 'Require uniforms.' })).toBeInTheDocument();
  });

  it('shows each row’s agreement and each cell’s stance as a word, or says there is none', () => {
    renderWithStore(<CompareView onDrawn={drawn} />, {
      debate: loadFixture(),
      compare: ids('council', 'parents'),
    });
    const issue = screen.getByRole('group', { name: 'Should uniforms be required?' });
    expect(within(issue).getAllByText('Disagree')).toHaveLength(1);
    expect(within(issue).getByText('For')).toBeInTheDocument();
    expect(within(issue).getByText('Against')).toBeInTheDocument();
    expect(within(issue).getAllByText('No stance recorded.').length).toBeGreaterThan(0);
  });

  it('adds, reorders and removes actors through the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CompareView onDrawn={drawn} />, {
      debate: loadFixture(),
      compare: ids('council', 'parents'),
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add an actor' }), 'pupils');
    expect(store.getState().compare).toEqual(['council', 'parents', 'pupils']);
    await user.click(screen.getByRole('button', { name: 'Move Pupils left' }));
    expect(store.getState().compare).toEqual(['council', 'pupils', 'parents']);
    await user.click(screen.getByRole('button', { name: 'Remove School council' }));
    expect(store.getState().compare).toEqual(['pupils', 'parents']);
  });

  it('asks for actors when fewer than two are chosen', () => {
    renderWithStore(<CompareView onDrawn={drawn} />, {
      debate: loadFixture(),
      compare: ids('council'),
    });
    expect(screen.getByText('Choose two to four actors to put side by side.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Agree on/ })).toBeNull();
  });
});
