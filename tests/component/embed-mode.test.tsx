import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { NodeId } from '../../src/domain/model';
import { postHeight, startResizeReporter } from '../../src/features/embed/resize-reporter';
import { loadFixture } from '../fixtures/load';
import { renderWithStore } from './render';

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('embed mode', () => {
  it('shows the compact chrome: title, graph, link out, credits, and no introduction', async () => {
    window.history.replaceState(null, '', '/stancemap/?select=parents&embed=1');
    renderWithStore(<App />, { debate: loadFixture(), embed: true, selected: null });
    const link = await screen.findByRole('link', { name: /Open in Stancemap/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Should schools require uniforms?' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Stancemap · data: CC0')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'About this debate' })).toBeNull();
    expect(screen.queryByRole('searchbox')).toBeNull();
    // The filters are folded; the graph waits to be activated.
    expect(screen.getByText('Filters and display').closest('details')).not.toHaveAttribute('open');
    expect(
      await within(screen.getByTestId('graph')).findByText('Click to explore the graph'),
    ).toBeVisible();
  });

  it('points the link out at the state on screen, without embed', async () => {
    window.history.replaceState(null, '', '/stancemap/?embed=1');
    const { store } = renderWithStore(<App />, { debate: loadFixture(), embed: true });
    const link = await screen.findByRole('link', { name: /Open in Stancemap/ });
    expect(link).toHaveAttribute('href', `${window.location.origin}/stancemap/`);
    act(() => store.getState().select('pupils' as NodeId));
    expect(link).toHaveAttribute('href', `${window.location.origin}/stancemap/?select=pupils`);
  });

  it('has a Share button in the full app too', () => {
    renderWithStore(<App />);
    expect(screen.getByRole('button', { name: 'Share' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Open in Stancemap/ })).toBeNull();
  });
});

describe('the resize reporter', () => {
  it('reports the rounded-up height once changes are quiet, and only when it changed', async () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    document.body.append(root);
    let height = 480.2;
    root.getBoundingClientRect = () => ({ height }) as DOMRect;
    const report = vi.fn();
    const stop = startResizeReporter(root, report, 100);
    await vi.advanceTimersByTimeAsync(99);
    expect(report).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(report).toHaveBeenLastCalledWith(481);
    // A change in the tree schedules a measure; the same height is not reported again.
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(150);
    expect(report).toHaveBeenCalledTimes(1);
    height = 700;
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(50);
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(99);
    expect(report).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(report).toHaveBeenLastCalledWith(700);
    stop();
    root.remove();
  });

  it('posts only to a parent page, and only the height', () => {
    const postMessage = vi.fn();
    const top = { postMessage } as unknown as Window;
    postHeight(300, { parent: top } as unknown as Window);
    expect(postMessage).toHaveBeenCalledWith({ type: 'stancemap:resize', height: 300 }, '*');
    const alone = { postMessage } as unknown as Window & { parent: Window };
    alone.parent = alone;
    postHeight(300, alone);
    expect(postMessage).toHaveBeenCalledTimes(1);
  });
});

// Keeps act() warnings away when lazy chunks resolve after a test.
afterEach(async () => {
  await act(async () => {});
});
