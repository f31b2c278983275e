// Which renderer draws the graph, and the canvas renderer's own paths: click, keyboard,
// the test hooks. jsdom has no 2D context and no ResizeObserver, so both are stubbed;
// it reports reduced motion (tests/setup), so the layout settles at once.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanvasGraphElement } from '../../src/graph/canvas/CanvasGraphView';
import { GraphRenderer } from '../../src/graph/GraphRenderer';
import { CANVAS_THRESHOLD, chooseRenderer } from '../../src/graph/choose-renderer';
import { createAppStore } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/StoreProvider';
import { loadFixture } from '../fixtures/load';

describe('chooseRenderer', () => {
  it('draws in SVG up to the threshold and on a canvas above it', () => {
    expect(chooseRenderer(87)).toBe('svg');
    expect(chooseRenderer(CANVAS_THRESHOLD)).toBe('svg');
    expect(chooseRenderer(CANVAS_THRESHOLD + 1)).toBe('canvas');
  });

  it('follows ?renderer=svg|canvas, and ignores anything else', () => {
    expect(chooseRenderer(10, '?renderer=canvas')).toBe('canvas');
    expect(chooseRenderer(10_000, '?select=x&renderer=svg')).toBe('svg');
    expect(chooseRenderer(10_000, '?renderer=webgl')).toBe('canvas');
  });
});

describe('GraphRenderer', () => {
  beforeEach(() => {
    // A 2D context that draws nothing, and a ResizeObserver that never fires.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
      () =>
        new Proxy(
          {},
          { get: (_target, key) => (key === 'canvas' ? undefined : () => undefined) },
        ) as never,
    );
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function renderGraph(renderer?: 'svg' | 'canvas') {
    const store = createAppStore({ debate: loadFixture() });
    const onFirstFrame = vi.fn();
    render(
      <StoreProvider store={store}>
        <GraphRenderer animate={false} onFirstFrame={onFirstFrame} renderer={renderer} />
      </StoreProvider>,
    );
    return { store, onFirstFrame };
  }

  it('draws a small debate in SVG, with a focusable element per node', () => {
    const { store } = renderGraph();
    const drawn = [...document.querySelectorAll('[data-node-id]')];
    // Every issue, position and actor of the fixture (2 + 3 + 3), once each; the three
    // arguments are folded into their positions until an issue or position is opened.
    const debate = store.getState().debate!;
    expect(drawn.map((node) => node.getAttribute('data-node-id')).sort()).toEqual(
      [...debate.index.node.values()]
        .filter((node) => node.type !== 'argument')
        .map((node) => node.id)
        .sort(),
    );
    expect(drawn).toHaveLength(8);
    expect(drawn.filter((node) => !node.hasAttribute('tabindex'))).toEqual([]);
    expect(document.querySelector('canvas')).toBeNull();
  });

  it('draws on a canvas when asked, reports its first frame, and selects by click', async () => {
    const { store, onFirstFrame } = renderGraph('canvas');
    const canvas = (await screen.findByRole('group', {
      name: /Debate graph of \d+ nodes, drawn as a picture/,
    })) as CanvasGraphElement;
    expect(canvas.tagName).toBe('CANVAS');
    expect(canvas.closest('[data-renderer="canvas"]')).not.toBeNull();
    await waitFor(() => expect(onFirstFrame).toHaveBeenCalledTimes(1));
    // The test hook says where a node is drawn; a click there selects it.
    const point = canvas.stancemapPointOf?.('parents');
    expect(point).toBeTruthy();
    expect(canvas.stancemapNodeAt?.(point?.x ?? 0, point?.y ?? 0)).toBe('parents');
    fireEvent.click(canvas, { clientX: point?.x, clientY: point?.y });
    expect(store.getState().selected).toBe('parents');
    // A click on empty space clears the selection.
    fireEvent.click(canvas, { clientX: -10_000, clientY: -10_000 });
    expect(store.getState().selected).toBeNull();
  });

  it('works by keyboard on the canvas: arrows move along links, Enter selects', async () => {
    const { store } = renderGraph('canvas');
    const canvas = await screen.findByRole('group', { name: /Debate graph/ });
    act(() => store.getState().select('parents' as never));
    canvas.focus();
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    // The first arrow puts the cursor on the selection; it is hovered and announced.
    expect(store.getState().hovered).toBe('parents');
    expect(screen.getByText('Actor: Parents’ association')).toBeInTheDocument();
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    const moved = store.getState().hovered;
    expect(moved).not.toBe('parents');
    expect(moved).not.toBeNull();
    fireEvent.keyDown(canvas, { key: 'Enter' });
    expect(store.getState().selected).toBe(moved);
  });
});
