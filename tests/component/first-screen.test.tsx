import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { problem } from '../../src/loader/problems';
import { renderWithStore } from './render';

describe('the first screen', () => {
  it('shows the debate’s title, summary, issues with their positions, and actors', () => {
    renderWithStore(<App />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Should schools require uniforms?' }),
    ).toBeInTheDocument();
    expect(screen.getByText('A small debate for tests.')).toBeInTheDocument();

    const issues = screen.getByRole('region', { name: 'Issues and positions' });
    expect(
      within(issues)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Should uniforms be required?', 'Who pays for uniforms?']);
    const positions = within(issues).getByRole('list', {
      name: 'Positions on: Should uniforms be required?',
    });
    expect(
      within(positions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Require uniforms.', 'Make uniforms optional.']);

    const actors = screen.getByRole('region', { name: 'Actors' });
    expect(
      within(actors).getByRole('heading', { name: /Parents’ association/ }),
    ).toBeInTheDocument();
    expect(document.documentElement.dataset.ready).toBe('true');
  });

  it('says it is loading, then shows the alert with the first path and the count when the load fails', () => {
    const { store } = renderWithStore(<App />, {});
    expect(screen.getByRole('status')).toHaveTextContent('Loading the debate…');
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
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('2 problems');
    expect(alert).toHaveTextContent('stances[4].position: "engage-yes" is not a position id');
    expect(document.documentElement.dataset.ready).toBeUndefined();
  });

  it('keeps the debate on screen when a later load fails', () => {
    const { store } = renderWithStore(<App />);
    act(() =>
      store.getState().loadFailed([problem('invalid-json', '', 'The file is not valid JSON')], []),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1 problem found. The debate already on screen stays open.',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Should schools require uniforms?' }),
    ).toBeInTheDocument();
  });
});
