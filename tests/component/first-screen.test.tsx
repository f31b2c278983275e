import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { problem } from '../../src/loader/problems';
import { renderWithStore } from './render';

describe('the first screen', () => {
  it('shows the debate’s title, the graph with its issues, positions and actors, and an introduction', async () => {
    renderWithStore(<App />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Should schools require uniforms?' }),
    ).toBeInTheDocument();
    const graph = screen.getByTestId('graph');
    // The overview folds the arguments into their positions (a count under each).
    expect(
      within(graph).getAllByRole('button', { name: /^(Issue|Position|Actor): / }),
    ).toHaveLength(8);
    expect(within(graph).queryAllByRole('button', { name: /^Argument: / })).toHaveLength(0);
    expect(
      within(graph).getByRole('button', { name: 'Actor: Parents’ association (Parents)' }),
    ).toHaveAttribute('data-node-type', 'actor');
    expect(screen.getByRole('heading', { name: 'About this debate' })).toBeInTheDocument();
    expect(screen.getByText('A small debate for tests.')).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
  });

  it('lists issues with their positions and arguments, and the actors, in list mode', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    await user.click(screen.getByRole('button', { name: 'List' }));
    const twin = screen.getByRole('navigation', { name: 'Graph as a list' });
    expect(
      within(twin).getByRole('list', { name: 'On: Should uniforms be required?' }),
    ).toHaveTextContent(/Require uniforms\..*Make uniforms optional\./);
    expect(
      within(twin).getByRole('list', { name: 'Actors' }).querySelectorAll('button'),
    ).toHaveLength(3);
  });

  it('says it is loading, then shows the alert with the first path and the count when the load fails', async () => {
    const { store } = renderWithStore(<App />, {});
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Loading the debate…');
    act(() =>
      store
        .getState()
        .loadFailed(
          [
            problem(
              'unknown-reference',
              'stances[4].position',
              '"engage-yes" is not a position id',
            ),
            problem('missing-field', 'meta.title', '"title" is missing'),
          ],
          [],
        ),
    );
    // The alert's code loads with the first problem (App.tsx).
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2 problems');
    expect(alert).toHaveTextContent('stances[4].position: "engage-yes" is not a position id');
    expect(document.documentElement.dataset.ready).toBeUndefined();
  });

  it('keeps the debate on screen when a later load fails', async () => {
    const { store } = renderWithStore(<App />);
    act(() =>
      store.getState().loadFailed([problem('invalid-json', '', 'The file is not valid JSON')], []),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '1 problem found. The debate already on screen stays open.',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Should schools require uniforms?' }),
    ).toBeInTheDocument();
  });
});
