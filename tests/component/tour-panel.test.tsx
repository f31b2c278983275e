import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TourId } from '../../src/domain/model';
import { StartTourButton } from '../../src/features/present/StartTourButton';
import { TourPanel } from '../../src/features/present/TourPanel';
import { useAppStore } from '../../src/store/store-context';
import { loadFixture } from '../fixtures/load';
import { renderWithStore } from './render';

const intro = 'intro' as TourId;

describe('the tour panel', () => {
  it('shows nothing outside a tour', () => {
    renderWithStore(<TourPanel />);
    expect(screen.queryByRole('region', { name: 'Guided tour' })).toBeNull();
  });

  it('shows the step with its progress, and steps with the keys of clickers and keyboards', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TourPanel />, { debate: loadFixture() });
    act(() => store.getState().goToTourStep(intro, 1));
    const panel = screen.getByRole('region', { name: 'Guided tour' });
    expect(within(panel).getByRole('heading', { name: 'Start' })).toBeInTheDocument();
    expect(within(panel).getByRole('progressbar', { name: 'Step 1 of 2' })).toBeInTheDocument();

    await user.keyboard('{PageDown}');
    expect(store.getState()).toMatchObject({
      step: 2,
      view: 'compare',
      compare: ['council', 'parents'],
    });
    await user.keyboard('{PageUp}');
    expect(store.getState()).toMatchObject({ step: 1, view: 'graph' });
    await user.keyboard('{End}');
    expect(store.getState().step).toBe(2);
    await user.keyboard('{Home}');
    expect(store.getState().step).toBe(1);
    await user.keyboard('{Escape}');
    expect(store.getState().tour).toBeNull();
  });

  it('has buttons for the same moves', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TourPanel />, { debate: loadFixture() });
    act(() => store.getState().goToTourStep(intro, 1));
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(store.getState().step).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Leave tour' }));
    expect(store.getState().tour).toBeNull();
  });

  it('keeps the keyboard on its controls at the last step, and hands it back when it ends', async () => {
    const user = userEvent.setup();
    // As in the app: the header's Start button, and the panel only while presenting.
    function Shell() {
      const presenting = useAppStore((s) => s.tour !== null);
      return (
        <>
          <StartTourButton />
          {presenting && <TourPanel />}
        </>
      );
    }
    renderWithStore(<Shell />, { debate: loadFixture() });
    await user.click(screen.getByRole('button', { name: /Start the guided tour/ }));
    expect(screen.getByRole('button', { name: 'Next →' })).toHaveFocus();
    // Enter on Next reaches the last step, where Next is disabled: focus moves on, not away.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('progressbar', { name: 'Step 2 of 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave tour' })).toHaveFocus();
    // Leaving: the Start button is back, with the focus, ready for the next class.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Guided tour' })).toBeNull();
    expect(screen.getByRole('button', { name: /Start the guided tour/ })).toHaveFocus();
  });
});
