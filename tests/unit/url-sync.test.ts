// The address bar and the store kept in step (url-sync.ts), against a stand-in window
// whose history records every entry written.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorId, NodeId, TourId } from '../../src/domain/model';
import { createAppStore } from '../../src/store/app-store';
import { QUERY_WRITE_DELAY_MS } from '../../src/store/url-state';
import { replaceSearch } from '../../src/lib/address-bar';
import { readLocationState, startUrlSync } from '../../src/store/url-sync';
import { loadFixture } from '../fixtures/load';

const debate = loadFixture();
const id = (s: string) => s as NodeId;

/** A window with a location and a history; `entries` is the history, `now` the index shown. */
function fakeWindow(search = '') {
  const listeners = new Map<string, Set<() => void>>();
  const entries = [`/app/${search}`];
  let now = 0;
  const url = () => new URL(entries[now]!, 'https://example.org');
  const pathAndQuery = (to: string) => {
    const next = new URL(to, url());
    return next.pathname + next.search + next.hash;
  };
  const win = {
    entries,
    writes: { push: 0, replace: 0 },
    get location() {
      const { search, pathname, hash } = url();
      return { search, pathname, hash };
    },
    history: {
      state: null,
      pushState(_: unknown, __: string, to: string) {
        entries.splice(now + 1, Infinity, pathAndQuery(to));
        now += 1;
        win.writes.push += 1;
      },
      replaceState(_: unknown, __: string, to: string) {
        entries[now] = pathAndQuery(to);
        win.writes.replace += 1;
      },
    },
    addEventListener(type: string, listener: () => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener(type: string, listener: () => void) {
      listeners.get(type)?.delete(listener);
    },
    /** What the browser does on Back. */
    back() {
      now -= 1;
      for (const listener of listeners.get('popstate') ?? []) listener();
    },
    get shown() {
      return entries[now];
    },
  };
  return win;
}

function started(search = '') {
  const win = fakeWindow(search);
  const store = createAppStore({ debate, ...readLocationState(debate, win as unknown as Window) });
  const stop = startUrlSync(store, win as unknown as Window);
  return { win, store, stop };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('url-sync', () => {
  it('reads the link it was opened with, warns about what it ignores, and shows the cleaned link', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { win, store } = started('?select=council&view=nowhere&dataset=eu');
    expect(store.getState().selected).toBe('council');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored view=nowhere'));
    // Parameters the app does not own (dataset) are kept; the ignored one is gone.
    expect(win.shown).toBe('/app/?select=council&dataset=eu');
    expect(win.entries).toHaveLength(1);
  });

  it('replaces the entry for a selection, and pushes one for a deliberate move', () => {
    const { win, store } = started();
    store.getState().select(id('parents'));
    expect(win.entries).toEqual(['/app/?select=parents']);
    store.getState().startComparison(['council', 'parents'] as ActorId[]);
    expect(win.entries).toEqual([
      '/app/?select=parents',
      '/app/?select=parents&view=compare&compare=council,parents',
    ]);
  });

  it('opens an issue (selected and in focus) in one new entry, which Back undoes whole', () => {
    const { win, store } = started();
    const issue = debate.issues[0]!.id;
    store.getState().openIssue(issue);
    expect(win.writes).toEqual({ push: 1, replace: 1 });
    expect(win.shown).toBe(`/app/?select=${issue}&issue=${issue}`);
    win.back();
    expect(store.getState()).toMatchObject({ selected: null, issue: null });
  });

  it('writes nothing for changes a link does not carry, such as hovering', () => {
    const { win, store } = started();
    const before = { ...win.writes };
    store.getState().hover(id('council'));
    store.getState().setListMode(true);
    expect(win.writes).toEqual(before);
  });

  it('gives each tour step its own entry, so Back returns to the step before', () => {
    const { win, store } = started();
    store.getState().goToTourStep('intro' as TourId, 1);
    store.getState().goToTourStep('intro' as TourId, 2);
    expect(win.entries).toHaveLength(3);
    win.back();
    expect(store.getState()).toMatchObject({ tour: 'intro', step: 1, view: 'graph' });
    win.back();
    expect(store.getState()).toMatchObject({ tour: null, view: 'graph' });
  });

  it('reads Back into the store without writing a new entry', () => {
    const { win, store } = started();
    store.getState().setView('matrix');
    expect(win.shown).toBe('/app/?view=matrix');
    const before = { ...win.writes };
    win.back();
    expect(store.getState().view).toBe('graph');
    expect(win.writes).toEqual(before);
  });

  it('stops writing and listening once stopped, and leaves another debate’s state alone', () => {
    const { win, store, stop } = started();
    stop();
    store.getState().select(id('council'));
    expect(win.shown).toBe('/app/');

    const other = started();
    other.store.getState().debateLoaded(loadFixture(), []);
    other.store.getState().select(id('pupils'));
    expect(other.win.shown).toBe('/app/');
  });

  describe('typing in search', () => {
    it('writes q= once typing rests, in one replaced entry', () => {
      vi.useFakeTimers();
      const { win, store } = started();
      const before = { ...win.writes };
      for (const query of ['t', 'ta', 'tal', 'taliban']) {
        store.getState().setQuery(query);
        vi.advanceTimersByTime(QUERY_WRITE_DELAY_MS - 1);
      }
      expect(win.writes).toEqual(before);
      expect(win.shown).toBe('/app/');
      vi.advanceTimersByTime(1);
      expect(win.shown).toBe('/app/?q=taliban');
      expect(win.writes).toEqual({ push: before.push, replace: before.replace + 1 });
      expect(win.entries).toHaveLength(1);
    });

    it('keeps the typed search on the entry a deliberate move leaves, so Back finds it', () => {
      vi.useFakeTimers();
      const { win, store } = started();
      store.getState().setQuery('court');
      store.getState().setView('matrix');
      expect(win.entries).toEqual(['/app/?q=court', '/app/?q=court&view=matrix']);
      vi.runAllTimers();
      expect(win.entries).toEqual(['/app/?q=court', '/app/?q=court&view=matrix']);
      win.back();
      expect(store.getState()).toMatchObject({ view: 'graph', query: 'court' });
    });

    it('writes the search at once with any other change, and drops the pending write', () => {
      vi.useFakeTimers();
      const { win, store } = started();
      store.getState().setQuery('court');
      store.getState().select(id('council'));
      expect(win.shown).toBe('/app/?select=council&q=court');
      const writes = { ...win.writes };
      vi.runAllTimers();
      expect(win.writes).toEqual(writes);
    });

    it('lets Back win over a search still waiting to be written', () => {
      vi.useFakeTimers();
      const { win, store } = started();
      store.getState().setView('matrix');
      store.getState().setQuery('court');
      win.back();
      vi.runAllTimers();
      expect(win.entries).toEqual(['/app/', '/app/?view=matrix']);
      expect(store.getState()).toMatchObject({ view: 'graph', query: '' });
    });

    it('writes nothing once stopped', () => {
      vi.useFakeTimers();
      const { win, store, stop } = started();
      store.getState().setQuery('court');
      stop();
      vi.runAllTimers();
      expect(win.shown).toBe('/app/');
    });
  });

  it('rewrites the query string in place, keeping the fragment unless told not to', () => {
    const win = fakeWindow('?dataset=a#stand');
    replaceSearch('?dataset=b', {}, win as unknown as Window);
    expect(win.shown).toBe('/app/?dataset=b#stand');
    replaceSearch('', { keepHash: false }, win as unknown as Window);
    expect(win.shown).toBe('/app/');
    expect(win.entries).toHaveLength(1);
  });

  it('does nothing before a debate is loaded', () => {
    const win = fakeWindow('?select=council');
    const stop = startUrlSync(createAppStore(), win as unknown as Window);
    expect(win.writes).toEqual({ push: 0, replace: 0 });
    stop();
  });
});
