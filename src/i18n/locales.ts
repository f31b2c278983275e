// The interface languages, their aliases and writing direction (url-and-embed.md, `lang`).

export const LOCALES = ['en', 'fr', 'nl', 'de', 'fa-AF'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language the messages are written in, and the last resort. */
export const SOURCE_LOCALE: Locale = 'en';

/** Other `?lang=` values that name one of the locales: Dari's own code and Persian's. */
const ALIASES: ReadonlyMap<string, Locale> = new Map([
  ['prs', 'fa-AF'],
  ['fa', 'fa-AF'],
]);

/** Each language's name in itself, as a picker shows it to someone who cannot read the others. */
/* eslint-disable lingui/no-unlocalized-strings -- an endonym is never translated */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
  'fa-AF': 'دری',
};
/* eslint-enable lingui/no-unlocalized-strings */

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['fa-AF']);

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The locale a `?lang=` value names (exactly, or by an alias), else null. */
export function localeFromParam(value: string): Locale | null {
  return isLocale(value) ? value : (ALIASES.get(value) ?? null);
}

/**
 * The locale a browser language tag asks for: the tag itself, else its primary language
 * (fr-BE is French, fa-IR is Persian, read as Dari), case-insensitively; else null.
 */
export function localeFromTag(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0]!;
  return LOCALES.find((locale) => locale === primary) ?? ALIASES.get(primary) ?? null;
}
