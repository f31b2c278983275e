// Opening another debate: all-or-nothing, provenance recorded, and a way back.
import { describe, expect, it } from 'vitest';
import type { Debate, NodeId } from '../../src/domain/model';
import { loadDebateValue } from '../../src/loader/load-debate';
import { problem } from '../../src/loader/problems';
import { createAppStore } from '../../src/store/app-store';
import { smallDebate } from '../fixtures/small-debate';

function debate(title: string): Debate {
  const doc = smallDebate();
  doc.meta.title = title;
  const result = loadDebateValue(doc);
  if (!result.ok) throw new Error('fixture does not load');
  return result.debate;
}

const warning = problem('unknown-field', 'actors[0].colour', 'ignored', 'warning');

describe('opening another debate', () => {
  it('records where each debate came from and keeps the one it replaced', () => {
    const first = debate('First');
    const store = createAppStore({ debate: first });
    expect(store.getState().debateSource).toEqual({ kind: 'bundled' });
    store.getState().select('council' as NodeId);

    const second = debate('Second');
    store.getState().debateLoaded(second, [warning], undefined, { kind: 'file', name: 'b.json' });
    const state = store.getState();
    expect(state.debate).toBe(second);
    expect(state.debateSource).toEqual({ kind: 'file', name: 'b.json' });
    expect(state.warnings).toEqual([warning]);
    expect(state.selected).toBeNull();
    expect(state.previous).toMatchObject({ debate: first, source: { kind: 'bundled' } });
    expect(state.previous?.shareable.selected).toBe('council');
  });

  it('never replaces the debate on screen with a failed one, and keeps its warnings apart', () => {
    const first = debate('First');
    const store = createAppStore({ debate: first });
    store.getState().debateLoaded(first, [warning]);
    const error = problem('invalid-json', '', 'The file is not valid JSON');
    const failedWarning = problem('unknown-field', 'x', 'ignored', 'warning');
    store.getState().loadFailed([error], [failedWarning]);
    const state = store.getState();
    expect(state.debate).toBe(first);
    expect(state.status).toBe('ready');
    expect(state.loadErrors).toEqual([error]);
    expect(state.loadWarnings).toEqual([failedWarning]);
    expect(state.warnings).toEqual([warning]);
    expect(state.previous).toBeNull();

    state.dismissLoadErrors();
    expect(store.getState().loadErrors).toEqual([]);
    expect(store.getState().debate).toBe(first);
  });

  it('goes back to the previous debate where the reader left it, and forth again', () => {
    const first = debate('First');
    const second = debate('Second');
    const store = createAppStore({ debate: first, theme: 'dark' });
    store.getState().setView('matrix');
    store.getState().debateLoaded(second, [], undefined, {
      kind: 'url',
      host: 'example.org',
      url: 'https://example.org/b.json',
    });
    expect(store.getState().view).toBe('graph');

    store.getState().restorePrevious();
    let state = store.getState();
    expect(state.debate).toBe(first);
    expect(state.debateSource).toEqual({ kind: 'bundled' });
    expect(state.view).toBe('matrix');
    expect(state.theme).toBe('dark');
    expect(state.previous?.debate).toBe(second);

    state.restorePrevious();
    state = store.getState();
    expect(state.debate).toBe(second);
    expect(state.debateSource).toMatchObject({ kind: 'url', host: 'example.org' });
  });

  it('has nothing to go back to after a failed first load', () => {
    const store = createAppStore();
    store.getState().loadFailed([problem('fetch-failed', '', 'no answer')], []);
    expect(store.getState().status).toBe('failed');
    store.getState().restorePrevious();
    expect(store.getState().debate).toBeNull();
  });
});
