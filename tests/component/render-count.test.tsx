// A click re-renders only the nodes whose look changes (after xyflow's NodeRenderer):
// the SVG graph subscribes to the list of visible nodes, each node to its own look.
// Every render of a node is counted through a wrapper around the real component.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { memo, type FunctionComponent } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import type { GraphNodeProps } from '../../src/graph/svg/GraphNode';
import { GraphView } from '../../src/graph/svg/GraphView';
import { createAppStore } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/StoreProvider';
import { loadFixture } from '../fixtures/load';

const renders: string[] = [];

vi.mock('../../src/graph/svg/GraphNode', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/graph/svg/GraphNode')>();
  // The memoised component's own function, called inside a counting one: its hooks
  // (the store subscriptions) run as the counting component's, so every re-render counts.
  const inner = (actual.GraphNode as unknown as { type: FunctionComponent<GraphNodeProps> }).type;
  return {
    ...actual,
    GraphNode: memo(function CountedGraphNode(props: GraphNodeProps) {
      renders.push(props.node.id);
      return inner(props);
    }),
  };
});

/** What each node shows: its look, its place in the tab order, its pressed state. */
function drawnLooks(): Map<string, string> {
  return new Map(
    [...document.querySelectorAll('[data-node-id]')].map((hit) => {
      const wrapper = hit.parentElement!;
      const look = [...wrapper.attributes, ...hit.attributes]
        .filter(
          (a) => a.name.startsWith('data-') || a.name.startsWith('aria-') || a.name === 'tabindex',
        )
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ');
      return [hit.getAttribute('data-node-id')!, look];
    }),
  );
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((id) => before.get(id) !== after.get(id)).sort();
}

describe('re-rendering the SVG graph', () => {
  beforeEach(() => {
    renders.length = 0;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    return () => vi.unstubAllGlobals();
  });

  it('re-renders only the nodes whose look changes when one is clicked, then hovered', () => {
    const store = createAppStore({ debate: loadFixture() });
    render(
      <StoreProvider store={store}>
        <GraphView animate={false} onFirstFrame={() => {}} />
      </StoreProvider>,
    );
    const all = [...drawnLooks().keys()];
    expect(renders.length).toBeGreaterThanOrEqual(all.length);

    let before = drawnLooks();
    renders.length = 0;
    fireEvent.click(screen.getByRole('button', { name: /School council/ }));
    expect(store.getState().selected).toBe('council');
    const afterClick = drawnLooks();
    const clicked = changed(before, afterClick);
    // The clicked node and its neighbours change; the rest of the graph does not.
    expect(clicked).toContain('council');
    expect(clicked.length).toBeLessThan(all.length);
    expect([...new Set(renders)].sort()).toEqual(clicked);

    before = afterClick;
    renders.length = 0;
    act(() => store.getState().hover('require' as NodeId));
    const hovered = changed(before, drawnLooks());
    expect(hovered).toContain('require');
    expect([...new Set(renders)].sort()).toEqual(hovered);
  });
});
