// Intl in the reader's language. Dates always in the Gregorian calendar the sources use,
// whatever calendar the language defaults to (Dari's is the Solar Hijri), with month
// names in the reader's language.

/**
 * The locale tag with the Gregorian calendar; none: the browser's own language; an
 * unreadable tag falls back to English.
 */
export function gregorian(locale: string | undefined): string {
  try {
    const tag = locale || new Intl.DateTimeFormat().resolvedOptions().locale;
    return new Intl.Locale(tag, { calendar: 'gregory' }).toString();
  } catch {
    return 'en-u-ca-gregory';
  }
}

/**
 * The page's first use of Intl loads the browser's locale data, about 50 ms whatever the
 * service (numbers, dates, plurals); the ones after it cost a millisecond or two. Called
 * while the debate's file downloads, that load is off the way to the first screen, where
 * the graph's first "6 arguments" used to pay for it.
 */
export function warmIntl(locale: string | undefined): void {
  setTimeout(() => new Intl.NumberFormat(locale).format(1), 0);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Gregorian date format for the locale. */
export function dateFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const tag = gregorian(locale);
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "a, b and c" (or "a, b or c") in the locale's own words and punctuation. */
export function formatList(
  locale: string | undefined,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(gregorian(locale), { type }).format(items);
}
