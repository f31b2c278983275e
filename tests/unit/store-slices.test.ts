// Each slice of the store on its own (zustand's slices pattern): a slice that touches
// only its own fields runs in a store of its own; the two that reach across (a loaded
// debate brings the state its link asks for, a tour step its view) run in the whole store.
import { describe, expect, it } from 'vitest';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { ActorId, NodeId, TourId } from '../../src/domain/model';
import { problem as makeProblem } from '../../src/loader/problems';
import { createAppStore, type AppState } from '../../src/store/app-store';
import { filterSlice, type FilterSlice } from '../../src/store/filter-slice';
import { focusSlice, type FocusSlice } from '../../src/store/focus-slice';
import { DEFAULT_SHAREABLE } from '../../src/store/shareable';
import { viewSlice, type ViewSlice } from '../../src/store/view-slice';
import { loadFixture } from '../fixtures/load';

const debate = loadFixture();
const id = (s: string) => s as NodeId;
const actors = (...names: string[]) => names as ActorId[];

/** A store holding one slice alone: proof that it needs nothing of the others. */
function alone<Slice>(slice: StateCreator<AppState, [], [], Slice>): StoreApi<Slice> {
  return createStore<Slice>()(slice as unknown as StateCreator<Slice>);
}

describe('focus slice', () => {
  it('starts from the link’s selection and keeps hovering apart from it', () => {
    const store = alone<FocusSlice>(focusSlice({ selected: id('council') }));
    expect(store.getState()).toMatchObject({ selected: 'council', hovered: null });
    store.getState().hover(id('parents'));
    store.getState().select(null);
    expect(store.getState()).toMatchObject({ selected: null, hovered: 'parents' });
  });
});

describe('filter slice', () => {
  it('starts from the defaults, or from what the link asks for', () => {
    expect(alone<FilterSlice>(filterSlice({})).getState()).toMatchObject({
      types: DEFAULT_SHAREABLE.types,
      issue: null,
      query: '',
      at: null,
      neighbourhood: 0,
      hiddenActorKinds: [],
    });
    const asked = alone<FilterSlice>(filterSlice({ query: 'cost', at: '2026' })).getState();
    expect(asked).toMatchObject({ query: 'cost', at: '2026' });
  });

  it('keeps types in their canonical order, toggles actor kinds, and ignores a date that is not one', () => {
    const store = alone<FilterSlice>(filterSlice({}));
    store.getState().setTypes(['argument', 'actor']);
    expect(store.getState().types).toEqual(['actor', 'argument']);
    store.getState().toggleActorKind('institution');
    store.getState().toggleActorKind('media');
    store.getState().toggleActorKind('institution');
    expect(store.getState().hiddenActorKinds).toEqual(['media']);
    store.getState().setAt('2026-06');
    store.getState().setAt('June');
    expect(store.getState().at).toBe('2026-06');
    store.getState().setAt(null);
    expect(store.getState().at).toBeNull();
  });
});

describe('view slice', () => {
  it('compares at most four actors, each once, and opens the comparison on request', () => {
    const store = alone<ViewSlice>(viewSlice({ embed: true }));
    expect(store.getState()).toMatchObject({ view: 'graph', embed: true, listMode: false });
    store.getState().setCompare(actors('a', 'b', 'a', 'c', 'd', 'e'));
    expect(store.getState().compare).toEqual(['a', 'b', 'c', 'd']);
    store.getState().startComparison(actors('x', 'y'));
    expect(store.getState()).toMatchObject({ view: 'compare', compare: ['x', 'y'] });
  });

  it('opens a tour step with the view and comparison it asks for, and leaves an unknown tour', () => {
    const store = createAppStore({ debate });
    store.getState().goToTourStep('intro' as TourId, 2);
    expect(store.getState()).toMatchObject({
      tour: 'intro',
      step: 2,
      view: 'compare',
      compare: ['council', 'parents'],
    });
    store.getState().goToTourStep('nowhere' as TourId);
    expect(store.getState()).toMatchObject({ tour: null, step: 1 });
  });
});

describe('debate slice', () => {
  it('is loading until a debate comes, and a debate brings the state its link asks for', () => {
    const store = createAppStore({ theme: 'dark' });
    expect(store.getState()).toMatchObject({ status: 'loading', debate: null });
    store.getState().hover(id('council'));
    store.getState().debateLoaded(debate, [], { ...DEFAULT_SHAREABLE, selected: id('parents') });
    expect(store.getState()).toMatchObject({
      status: 'ready',
      debate,
      selected: 'parents',
      hovered: null,
      // The link names no theme: the reader's own stays.
      theme: 'dark',
    });
  });

  it('fails without a debate on screen, and hides the alert on request', () => {
    const store = createAppStore();
    const problem = makeProblem('invalid-json', '', 'not JSON');
    store.getState().loadFailed([problem], []);
    expect(store.getState()).toMatchObject({ status: 'failed', loadErrors: [problem] });
    store.getState().dismissLoadErrors();
    expect(store.getState().loadErrors).toEqual([]);
  });
});
