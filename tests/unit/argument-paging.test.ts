// Long argument lists are drawn a part at a time: a budget of cards shared in reading
// order, "show more" per list, and the selected argument always among those drawn.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRST_CARDS,
  FIRST_SCREEN_CARDS,
  atLeast,
  MORE_CARDS,
  firstShown,
  issueThreads,
  listKey,
  showMore,
  type ShownCounts,
  type ThreadItem,
} from '../../src/features/arguments/argument-threads';
import type { IssueId, NodeId, PositionId } from '../../src/domain/model';
import { loadDebateText } from '../../src/loader/load-debate';
import { stressCorpus } from '../fixtures/hostile/corpus';

const text = stressCorpus()
  .find((c) => c.fileName === 'many-arguments.json')!
  .text();
const loaded = loadDebateText(text);
if (!loaded.ok) throw new Error('the stress case should load');
const threads = issueThreads(loaded.debate, 'uniforms' as IssueId);

/** How many cards the counts draw, following only lists that are drawn. */
function drawn(shown: ShownCounts): number {
  const count = (key: string, items: readonly ThreadItem[]): number =>
    items
      .slice(0, shown.get(key) ?? 0)
      .reduce((n, item) => n + 1 + count(listKey.replies(item.argument.id), item.replies), 0);
  return threads.reduce(
    (n, p) =>
      n +
      count(listKey.column(p.position.id, 'supports'), p.supporting) +
      count(listKey.column(p.position.id, 'attacks'), p.attacking),
    0,
  );
}

describe('drawing long argument lists a part at a time', () => {
  it('draws at most FIRST_CARDS of 3,000 arguments at first', () => {
    expect(drawn(firstShown(threads))).toBe(FIRST_CARDS);
  });

  it('shows MORE_CARDS more of a list when asked, with some of their replies', () => {
    const first = firstShown(threads);
    const key = listKey.column('require' as PositionId, 'attacks');
    const items = threads.find((p) => p.position.id === 'require')!.attacking;
    const more = showMore(first, key, items);
    expect(more.get(key)).toBe(Math.min(items.length, (first.get(key) ?? 0) + MORE_CARDS));
    expect(drawn(more) - drawn(first)).toBeLessThanOrEqual(2 * MORE_CARDS);
    expect(drawn(more)).toBeGreaterThan(drawn(first));
  });

  it('always draws the selected argument, however deep', () => {
    const deep = 'arg-2999' as NodeId;
    const shown = firstShown(threads, deep);
    // arg-2999 answers arg-999, which answers arg-333, which answers arg-111 on a position.
    expect(shown.get(listKey.replies('arg-999' as never))).toBeGreaterThanOrEqual(3);
    expect(shown.get(listKey.replies('arg-333' as never))).toBeGreaterThanOrEqual(1);
    expect(shown.get(listKey.replies('arg-111' as never))).toBeGreaterThanOrEqual(1);
    // The way down is drawn on top of the budget, and nothing else is.
    const onTheWay = [
      listKey.column('require' as PositionId, 'supports'),
      ...['arg-111', 'arg-333', 'arg-999'].map((id) => listKey.replies(id as never)),
    ].reduce((n, key) => n + (shown.get(key) ?? 0), 0);
    expect(drawn(shown)).toBeLessThanOrEqual(FIRST_CARDS + onTheWay);
  });

  it('draws a first screenful, then widens it to exactly the first cards', () => {
    const screen = firstShown(threads, null, FIRST_SCREEN_CARDS);
    expect(drawn(screen)).toBe(FIRST_SCREEN_CARDS);
    expect(atLeast(screen, firstShown(threads))).toEqual(firstShown(threads));
  });

  it('widens any smaller first draw, with or without a selected argument, to the first cards', () => {
    const anArgument = fc.option(
      fc.integer({ min: 0, max: 2_999 }).map((i) => `arg-${i}` as NodeId),
    );
    fc.assert(
      fc.property(anArgument, fc.integer({ min: 0, max: FIRST_CARDS }), (reveal, budget) => {
        const full = firstShown(threads, reveal);
        expect(atLeast(firstShown(threads, reveal, budget), full)).toEqual(full);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps what the reader showed meanwhile when the first cards arrive', () => {
    const key = listKey.column('require' as PositionId, 'attacks');
    const items = threads.find((p) => p.position.id === 'require')!.attacking;
    const clicked = showMore(firstShown(threads, null, FIRST_SCREEN_CARDS), key, items);
    const widened = atLeast(clicked, firstShown(threads));
    expect(widened.get(key)).toBe(clicked.get(key));
    expect(drawn(widened)).toBeGreaterThanOrEqual(FIRST_CARDS);
  });

  it('draws a small issue whole', () => {
    const small = firstShown(
      threads.map((p) => ({ ...p, supporting: [], attacking: p.attacking.slice(0, 2) })),
    );
    expect([...small.values()].every((n) => n <= 2)).toBe(true);
  });
});
