// How dates sort. By the first day of each period; when two periods start on the same
// day, the coarser sorts first. So `2026` < `2026-01` < `2026-01-01` < `2026-01-02`: a
// year-only event opens its year, a month-only event opens its month.
import { asDate, earliestDay, type DateLike, type DatePrecision } from './dates';

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * For sorting: negative when `a` comes first. By first day, then coarser first (see the
 * rule above). Text that is not a date sorts after every date, by text.
 */
export function compareIsoDates(a: DateLike, b: DateLike): number {
  const da = asDate(a);
  const db = asDate(b);
  if (!da || !db) {
    if (da) return -1;
    if (db) return 1;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  }
  return (
    earliestDay(da) - earliestDay(db) || PRECISION_RANK[da.precision] - PRECISION_RANK[db.precision]
  );
}

/** Items sorted by date as compareIsoDates orders them; items with equal dates keep their order. */
export function sortByDate<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => compareIsoDates(dateOf(x.item), dateOf(y.item)) || x.i - y.i)
    .map(({ item }) => item);
}
