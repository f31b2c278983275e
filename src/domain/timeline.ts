// The debate in time: events in date order (date-order.ts), split by an "as of" date
// (dates.ts defines what "later" means).
import { compareIsoDates, sortByDate } from './date-order';
import { isAfter } from './dates';
import type { DebateEvent } from './model';

export interface TimelineSplit {
  /** Events that happened by `at` (or may have): all of them when `at` is null. In date order. */
  readonly earlier: readonly DebateEvent[];
  /** Events that can only have happened after `at`. In date order. */
  readonly later: readonly DebateEvent[];
}

/** Events in date order; events with equal dates keep the dataset's order. */
export function eventsInOrder(events: readonly DebateEvent[]): DebateEvent[] {
  return sortByDate(events, (e) => e.date);
}

export function splitAsOf(events: readonly DebateEvent[], at: string | null): TimelineSplit {
  const ordered = eventsInOrder(events);
  if (at === null) return { earlier: ordered, later: [] };
  return {
    earlier: ordered.filter((e) => !isAfter(e.date, at)),
    later: ordered.filter((e) => isAfter(e.date, at)),
  };
}

/** The distinct event dates in order: the steps of an "as of" slider. */
export function eventDates(events: readonly DebateEvent[]): string[] {
  return [...new Set(events.map((e) => e.date))].sort(compareIsoDates);
}
