import { describe, expect, it } from 'vitest';
import { citationCount, citationsBySource } from '../../src/domain/citations';
import type { SourceId } from '../../src/domain/model';
import { laterActorIds } from '../../src/domain/as-of';
import { eventDates, eventsInOrder, splitAsOf } from '../../src/domain/timeline';
import { createAppStore } from '../../src/store/app-store';
import { selectLaterNodeIds } from '../../src/store/selectors';
import { loadFixture } from '../fixtures/load';
import { councilEvent, smallDebate } from '../fixtures/small-debate';

function debateWithEvents() {
  const doc = smallDebate();
  doc.events = [
    councilEvent('vote', '2026-06-22', 'Council vote'),
    councilEvent('founded', '2020', 'Council founded'),
    councilEvent('letter', '2026-06', 'Parents write', {
      actors: ['parents'],
      evidence: [
        { source: 'paper', quote: 'A letter.' },
        { source: 'paper', quote: 'Again.' },
      ],
    }),
    councilEvent('same-day', '2026-06-22', 'Pupils protest', { actors: ['pupils', 'parents'] }),
  ];
  return loadFixture(doc);
}

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('the timeline', () => {
  const debate = debateWithEvents();

  it('orders events by date, coarse dates first, ties in dataset order', () => {
    expect(ids(eventsInOrder(debate.events))).toEqual(['founded', 'letter', 'vote', 'same-day']);
    expect(eventDates(debate.events)).toEqual(['2020', '2026-06', '2026-06-22']);
  });

  it('splits events by an as-of date', () => {
    expect(splitAsOf(debate.events, null)).toEqual({
      earlier: eventsInOrder(debate.events),
      later: [],
    });
    const split = splitAsOf(debate.events, '2026-06-21');
    expect(ids(split.earlier)).toEqual(['founded', 'letter']);
    expect(ids(split.later)).toEqual(['vote', 'same-day']);
    expect(ids(splitAsOf(debate.events, '2026-05').earlier)).toEqual(['founded']);
    expect(ids(splitAsOf(debate.events, '2019').later)).toHaveLength(4);
  });

  it('finds the actors who only enter the story after the as-of date', () => {
    expect([...laterActorIds(debate, null)]).toEqual([]);
    // council has a 2020 event; parents have a June event that may be before the 21st.
    expect([...laterActorIds(debate, '2026-06-21')]).toEqual(['pupils']);
    expect([...laterActorIds(debate, '2026-05')].sort()).toEqual(['parents', 'pupils']);
    expect([...laterActorIds(debate, '2026')]).toEqual([]);
  });

  it('offers them to the graph as a memoised store selector', () => {
    const store = createAppStore({ debate, at: '2026-05' });
    const first = selectLaterNodeIds(store.getState());
    expect([...first].sort()).toEqual(['parents', 'pupils']);
    expect(selectLaterNodeIds(store.getState())).toBe(first);
    store.getState().setAt(null);
    expect(selectLaterNodeIds(store.getState()).size).toBe(0);
  });

  it('ignores an as-of value that is not a date', () => {
    const store = createAppStore({ debate });
    store.getState().setAt('2026-06');
    store.getState().setAt('June');
    expect(store.getState().at).toBe('2026-06');
  });
});

describe('citations', () => {
  it('lists what cites each source, once per item', () => {
    const debate = debateWithEvents();
    const paper = citationsBySource(debate).get('paper' as SourceId);
    expect(paper?.stances).toHaveLength(4);
    expect(paper?.arguments.map((a) => a.id)).toEqual(['equality', 'cost-burden', 'subsidy']);
    expect(paper?.events.map((e) => e.id)).toEqual(['letter']);
    expect(paper?.glossary).toEqual([]);
    expect(paper && citationCount(paper)).toBe(8);
  });
});
