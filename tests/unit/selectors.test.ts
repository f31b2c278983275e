// The store's named selectors: what they compute, that they hand back the same object
// while their inputs stay the same, and that each store keeps its own caches.
import { describe, expect, it } from 'vitest';
import type { IssueId, NodeId, TourId } from '../../src/domain/model';
import { createAppStore } from '../../src/store/app-store';
import { NodeLook } from '../../src/domain/node-look';
import {
  selectEdgeLook,
  selectMembership,
  selectNodeLook,
  selectSearchMatches,
  selectTourFocus,
  selectVisibleGraph,
} from '../../src/store/selectors';
import { loadFixture } from '../fixtures/load';

const debate = loadFixture();
const id = (s: string) => s as NodeId;
const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id).sort();

/** The names of the flags set in a look, for readable failures. */
const flags = (look: number) =>
  Object.entries(NodeLook)
    .filter(([, bit]) => look & bit)
    .map(([name]) => name)
    .sort();

describe('selectVisibleGraph', () => {
  it('shows the node types asked for, and only edges between shown nodes', () => {
    const store = createAppStore({ debate, types: ['actor', 'position'] });
    const graph = selectVisibleGraph(store.getState());
    expect(ids(graph.nodes)).toEqual([
      'council',
      'optional',
      'parents',
      'pupils',
      'require',
      'school-pays',
    ]);
    const shown = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => shown.has(e.source) && shown.has(e.target))).toBe(true);
  });

  it('keeps the same object across hover and selection, and makes a new one when a filter changes', () => {
    const store = createAppStore({ debate });
    const first = selectVisibleGraph(store.getState());
    store.getState().hover(id('council'));
    store.getState().select(id('parents'));
    expect(selectVisibleGraph(store.getState())).toBe(first);
    store.getState().setTypes(['actor']);
    const actorsOnly = selectVisibleGraph(store.getState());
    expect(actorsOnly).not.toBe(first);
    expect(ids(actorsOnly.nodes)).toEqual(['council', 'parents', 'pupils']);
  });

  it('follows the selection only in neighbourhood mode', () => {
    const store = createAppStore({ debate });
    store.getState().select(id('pupils'));
    const everything = selectVisibleGraph(store.getState());
    store.getState().setNeighbourhood(1);
    const near = selectVisibleGraph(store.getState());
    expect(near.nodes.length).toBeLessThan(everything.nodes.length);
    expect(ids(near.nodes)).toContain('pupils');
  });

  it('is empty without a debate', () => {
    expect(selectVisibleGraph(createAppStore().getState())).toEqual({ nodes: [], edges: [] });
  });
});

describe('per-store caches', () => {
  it('two stores on one page neither evict nor see each other’s results', () => {
    const actors = createAppStore({ debate, types: ['actor'] });
    const issues = createAppStore({ debate, types: ['issue'] });
    const a1 = selectVisibleGraph(actors.getState());
    const i1 = selectVisibleGraph(issues.getState());
    // Alternating reads: with one shared slot each read would recompute (and thrash).
    expect(selectVisibleGraph(actors.getState())).toBe(a1);
    expect(selectVisibleGraph(issues.getState())).toBe(i1);
    expect(ids(a1.nodes)).toEqual(['council', 'parents', 'pupils']);
    expect(ids(i1.nodes)).toEqual(['cost', 'uniforms']);
  });

  it('keeps search matches apart too', () => {
    const one = createAppStore({ debate, query: 'uniform' });
    const two = createAppStore({ debate, query: 'pupils' });
    const m1 = selectSearchMatches(one.getState());
    const m2 = selectSearchMatches(two.getState());
    expect(selectSearchMatches(one.getState())).toBe(m1);
    expect(selectSearchMatches(two.getState())).toBe(m2);
    expect(m1.has(id('uniforms'))).toBe(true);
    expect(m2.ordered).toContain('pupils');
    expect(m2.has(id('uniforms'))).toBe(false);
  });
});

describe('selectSearchMatches and selectMembership', () => {
  it('finds the nodes matching the query, in ranked order, as a set', () => {
    const store = createAppStore({ debate, query: 'cost' });
    const matches = selectSearchMatches(store.getState());
    expect(matches.ordered).toEqual(['cost-burden', 'subsidy']);
    expect([...matches]).toEqual(matches.ordered);
  });

  it('places each position and its holders under their issues', () => {
    const membership = selectMembership(createAppStore({ debate }).getState());
    expect([...(membership.get(id('require')) ?? [])]).toEqual(['uniforms']);
    expect([...(membership.get(id('school-pays')) ?? [])]).toEqual(['cost']);
  });
});

describe('selectNodeLook', () => {
  it('marks the selection, its neighbours, the hovered node and search matches', () => {
    const store = createAppStore({ debate, query: 'pupils' });
    store.getState().select(id('council'));
    store.getState().hover(id('parents'));
    const look = (node: string) => flags(selectNodeLook(store.getState(), id(node)));
    expect(look('council')).toEqual(['nearSelected', 'selected']);
    // "require" is held by both the council (selected) and the parents (hovered).
    expect(look('require')).toEqual(['nearHovered', 'nearSelected']);
    expect(look('parents')).toEqual(['hovered', 'nearHovered']);
    expect(look('pupils')).toEqual(['match', 'nearSelected']);
    expect(look('cost')).toEqual([]);
  });

  it('dims what is outside the issue in focus, but never the selection', () => {
    const store = createAppStore({ debate, issue: 'cost' as IssueId });
    store.getState().select(id('subsidy'));
    expect(flags(selectNodeLook(store.getState(), id('uniforms')))).toEqual(['dimmed']);
    expect(flags(selectNodeLook(store.getState(), id('subsidy')))).toEqual([
      'nearSelected',
      'selected',
    ]);
    expect(flags(selectNodeLook(store.getState(), id('school-pays')))).toEqual([]);
  });

  it('during a tour step, marks its focus and dims the rest', () => {
    const store = createAppStore({ debate });
    store.getState().goToTourStep('intro' as TourId, 1);
    expect([...selectTourFocus(store.getState())]).toEqual(['uniforms']);
    expect(flags(selectNodeLook(store.getState(), id('uniforms')))).toEqual(['tourFocus']);
    expect(flags(selectNodeLook(store.getState(), id('cost')))).toEqual(['dimmed']);
  });

  it('marks actors whose events all come after the "as of" date', () => {
    const store = createAppStore({ debate, at: '2026-01' });
    expect(flags(selectNodeLook(store.getState(), id('council')))).toEqual(['later']);
    expect(flags(selectNodeLook(store.getState(), id('parents')))).toEqual([]);
  });
});

describe('selectEdgeLook', () => {
  it('highlights edges touching the selection or the hovered node, and dims those leaving the issue', () => {
    const store = createAppStore({ debate, issue: 'cost' as IssueId });
    store.getState().select(id('council'));
    store.getState().hover(id('parents'));
    const look = (source: string, target: string) =>
      flags(selectEdgeLook(store.getState(), id(source), id(target)));
    expect(look('parents', 'school-pays')).toEqual(['nearHovered']);
    expect(look('council', 'require')).toEqual(['dimmed', 'nearSelected']);
  });
});
