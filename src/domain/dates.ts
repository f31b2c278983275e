// Dates as the format writes them: ISO 8601 at year, month or day precision
// (`2026`, `2026-06`, `2026-06-22`). A date is a period, not an instant: `2026-06`
// is every day of June 2026. Everything here works on calendar numbers, never on
// Date objects in local time, so no time zone can move a date to the day before.
// How dates sort is in date-order.ts; how they read, in date-format.ts (both apart from
// this file, which the first screen needs for links with `at=`).
//
// "As of": an event is later than `at` when its earliest possible day is after the
// last day of `at`. An `at` at month or year precision means "by the end of that
// month or year". So with at = `2026-05-31`, the event `2026-06` is later; with at =
// `2026-03-01`, the event `2026` is not (it may have happened by then): a date that
// overlaps `at` counts as possibly earlier, and is never hidden.

export type DatePrecision = 'year' | 'month' | 'day';

export interface IsoDate {
  readonly year: number;
  /** 1 to 12; present at month and day precision. */
  readonly month?: number;
  /** 1 to 31; present at day precision only. */
  readonly day?: number;
  readonly precision: DatePrecision;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date at its own precision, or null when the text is not an ISO date or not a real day. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export type DateLike = IsoDate | string;

export function asDate(date: DateLike): IsoDate | null {
  return typeof date === 'string' ? parseIsoDate(date) : date;
}

/** A day as one comparable number: yyyymmdd. */
function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** The first day the period could be. */
export function earliestDay(date: IsoDate): number {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day the period could be. */
export function latestDay(date: IsoDate): number {
  const month = date.month ?? 12;
  return dayNumber(date.year, month, date.day ?? daysInMonth(date.year, month));
}

/**
 * True when `date` can only have happened after `at`: its earliest possible day is after
 * the last day of `at`. An overlapping date (the year `2026` against `2026-03-01`) is not
 * later. Text that is not a date is never later: what cannot be read is not hidden.
 */
export function isAfter(date: DateLike, at: DateLike): boolean {
  const d = asDate(date);
  const a = asDate(at);
  if (!d || !a) return false;
  return earliestDay(d) > latestDay(a);
}

/**
 * True when `date` is not later than `at` but its period runs past `at`, so it may have
 * happened afterwards: the year `2026` against `2026-03-01`. Such dates are shown as earlier,
 * with a hint that they overlap.
 */
export function mayBeAfter(date: DateLike, at: DateLike): boolean {
  const d = asDate(date);
  const a = asDate(at);
  if (!d || !a) return false;
  return !isAfter(d, a) && latestDay(d) > latestDay(a);
}
