// Which language the interface starts in (url-and-embed.md, `lang`): a pure function of
// the link, the remembered choice and the browser's languages.
import { SOURCE_LOCALE, localeFromParam, localeFromTag, type Locale } from './locales';

export interface LocaleChoice {
  readonly locale: Locale;
  /** Where it came from: a link's `lang`, the reader's remembered pick, the browser, or none. */
  readonly source: 'link' | 'remembered' | 'browser' | 'default';
}

export interface LocaleClues {
  /** The page's query string. */
  readonly search: string;
  /** The language the reader last picked, if storage holds one. */
  readonly remembered: string | null;
  /** navigator.languages, most preferred first. */
  readonly languages: readonly string[];
}

export function chooseLocale({ search, remembered, languages }: LocaleClues): LocaleChoice {
  const param = new URLSearchParams(search).get('lang');
  const linked = param === null ? null : localeFromParam(param);
  if (linked) return { locale: linked, source: 'link' };
  const kept = remembered === null ? null : localeFromParam(remembered);
  if (kept) return { locale: kept, source: 'remembered' };
  for (const tag of languages) {
    const locale = localeFromTag(tag);
    if (locale) return { locale, source: 'browser' };
  }
  return { locale: SOURCE_LOCALE, source: 'default' };
}
