// Dates for reading, each at its own precision, in the debate's language. Apart from
// dates.ts so that the first screen does not download the formatting code.
import { parseIsoDate, type DatePrecision, type IsoDate } from './dates';
import { dateFormat } from '../lib/intl';

/** Dates are calendar days, not instants: read them in UTC, where they were made. */
const IN_UTC = 'UTC';

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: IN_UTC },
  month: { year: 'numeric', month: 'long', timeZone: IN_UTC },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: IN_UTC },
};

function formatterFor(language: string, precision: DatePrecision): Intl.DateTimeFormat {
  // Always the Gregorian calendar, in the language's month names (lib/intl.ts).
  return dateFormat(language, FORMAT_OPTIONS[precision]);
}

/**
 * The date for reading, at its own precision, in `language` (BCP 47): "2026", "June 2026",
 * "June 22, 2026". Text that is not a date is returned as it is.
 */
export function formatIsoDate(date: IsoDate | string, language: string): string {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!d) return String(date);
  const instant = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  instant.setUTCFullYear(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  return formatterFor(language, d.precision).format(instant);
}
