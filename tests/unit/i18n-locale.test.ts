import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../src/i18n/choose-locale';
import { LOCALES, direction, localeFromParam, localeFromTag } from '../../src/i18n/locales';
import { dateFormat, formatList, gregorian } from '../../src/lib/intl';

const none = { search: '', remembered: null, languages: [] };

describe('choosing the interface language', () => {
  it('takes ?lang= first, with prs and fa as Dari', () => {
    expect(
      chooseLocale({ ...none, search: '?lang=nl', remembered: 'de', languages: ['fr'] }),
    ).toEqual({ locale: 'nl', source: 'link' });
    expect(chooseLocale({ ...none, search: '?lang=prs' }).locale).toBe('fa-AF');
    expect(chooseLocale({ ...none, search: '?lang=fa' }).locale).toBe('fa-AF');
  });

  it('then the remembered choice, then the browser languages in order, then English', () => {
    expect(chooseLocale({ ...none, search: '?lang=xx', remembered: 'de' })).toEqual({
      locale: 'de',
      source: 'remembered',
    });
    expect(chooseLocale({ ...none, languages: ['es-ES', 'nl-BE', 'fr'] })).toEqual({
      locale: 'nl',
      source: 'browser',
    });
    expect(chooseLocale({ ...none, languages: ['fa-IR'] }).locale).toBe('fa-AF');
    expect(chooseLocale({ ...none, languages: ['ja'] })).toEqual({
      locale: 'en',
      source: 'default',
    });
  });

  it('always lands on a supported locale, whatever the clues', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string()),
        fc.array(fc.string()),
        (lang, kept, langs) => {
          const search = `?${new URLSearchParams({ lang })}`;
          const { locale } = chooseLocale({ search, remembered: kept, languages: langs });
          expect(LOCALES).toContain(locale);
        },
      ),
    );
  });

  it('reads tags case-insensitively but ?lang= only as listed', () => {
    expect(localeFromTag('FA_af')).toBe('fa-AF');
    expect(localeFromTag('de-AT')).toBe('de');
    expect(localeFromParam('fr-BE')).toBeNull();
    expect(direction('fa-AF')).toBe('rtl');
    expect(direction('fr')).toBe('ltr');
  });
});

describe('Intl in the reader’s language', () => {
  const june = new Date(Date.UTC(2026, 5, 22));
  const options = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;

  it('keeps dates in the Gregorian calendar for Dari and Persian, with their month names', () => {
    for (const locale of ['fa-AF', 'fa', 'fa-IR-u-ca-persian']) {
      const format = dateFormat(locale, options);
      expect(format.resolvedOptions().calendar).toBe('gregory');
      // Gregorian: the year 2026 (in Persian digits), not the Solar Hijri 1405.
      expect(format.format(june)).toMatch(/۲۰۲۶/);
    }
    expect(dateFormat('fr', options).format(june)).toBe('22 juin 2026');
    expect(dateFormat('de', options).format(june)).toBe('22. Juni 2026');
  });

  it('falls back to English for an unreadable tag and joins lists in the language', () => {
    expect(gregorian('not a tag!')).toBe('en-u-ca-gregory');
    expect(formatList('fr', ['A', 'B', 'C'])).toBe('A, B et C');
    expect(formatList('nl', ['A', 'B'], 'disjunction')).toBe('A of B');
  });
});
