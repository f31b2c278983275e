import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIsoDates, sortByDate } from '../../src/domain/date-order';
import { isAfter, isIsoDate, mayBeAfter, parseIsoDate } from '../../src/domain/dates';
import { formatIsoDate } from '../../src/domain/date-format';

describe('precision', () => {
  it('reads a date at year, month or day precision', () => {
    expect(parseIsoDate('2026')).toEqual({ year: 2026, precision: 'year' });
    expect(parseIsoDate('2026-06')).toEqual({ year: 2026, month: 6, precision: 'month' });
    expect(parseIsoDate('2026-06-22')).toEqual({
      year: 2026,
      month: 6,
      day: 22,
      precision: 'day',
    });
    expect(parseIsoDate('0042-01-01')).toEqual({ year: 42, month: 1, day: 1, precision: 'day' });
  });

  it('refuses what is not an ISO date or not a real day', () => {
    for (const text of [
      '',
      '26',
      '20266',
      '2026-6',
      '2026-00',
      '2026-13',
      '2026-06-00',
      '2026-06-31',
      '2025-02-29',
      '2026-06-22T10:00',
      ' 2026',
      '2026/06',
      'June 2026',
    ])
      expect(parseIsoDate(text), text).toBeNull();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});

describe('formatting', () => {
  it('shows each date at its own precision in the debate’s language', () => {
    expect(formatIsoDate('2026', 'en')).toBe('2026');
    expect(formatIsoDate('2026-06', 'en')).toBe('June 2026');
    expect(formatIsoDate('2026-06-22', 'en')).toBe('June 22, 2026');
    expect(formatIsoDate('2026-06-22', 'en-GB')).toBe('22 June 2026');
    expect(formatIsoDate('2026-06', 'de')).toBe('Juni 2026');
    expect(formatIsoDate('2026-06', 'fr')).toBe('juin 2026');
  });

  it('never moves a date across a day, month or year boundary, whatever the time zone', () => {
    // The first and last days are where a local-time conversion would slip.
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Anchorage', 'UTC']) {
        process.env.TZ = tz;
        expect(formatIsoDate('2026-01-01', 'en')).toBe('January 1, 2026');
        expect(formatIsoDate('2026-12-31', 'en')).toBe('December 31, 2026');
        expect(formatIsoDate('2026-01', 'en')).toBe('January 2026');
        expect(formatIsoDate('2027', 'en')).toBe('2027');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('keeps the years 0 to 99 as written', () => {
    expect(formatIsoDate('0099-03', 'en')).toBe('March 99');
  });

  it('falls back to English for a language tag Intl cannot read, and leaves non-dates alone', () => {
    expect(formatIsoDate('2026-06', 'not a tag!')).toBe('June 2026');
    expect(formatIsoDate('someday', 'en')).toBe('someday');
  });
});

describe('ordering', () => {
  it('sorts by first day, the coarser date first within its period', () => {
    const dates = ['2026-06-23', '2026-06', '2021', '2026', '2026-06-22', '2021-08', '2026-05'];
    expect([...dates].sort(compareIsoDates)).toEqual([
      '2021',
      '2021-08',
      '2026',
      '2026-05',
      '2026-06',
      '2026-06-22',
      '2026-06-23',
    ]);
  });

  it('keeps the original order of equal dates and puts unreadable dates last', () => {
    const items = [
      { id: 'a', date: '2026-06' },
      { id: 'bad', date: 'soon' },
      { id: 'b', date: '2026-06' },
      { id: 'c', date: '2020' },
    ];
    expect(sortByDate(items, (i) => i.date).map((i) => i.id)).toEqual(['c', 'a', 'b', 'bad']);
  });

  it('is a total order consistent with the calendar (property)', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1990, max: 2030 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        p: fc.constantFrom(1, 2, 3),
      })
      .map(({ y, m, d, p }) =>
        [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, p).join('-'),
      );
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(Math.sign(compareIsoDates(a, b)) + Math.sign(compareIsoDates(b, a))).toBe(0);
        if (compareIsoDates(a, b) <= 0 && compareIsoDates(b, c) <= 0)
          expect(compareIsoDates(a, c)).toBeLessThanOrEqual(0);
        // Day-precision dates of the same length compare like their text.
        if (a.length === 10 && b.length === 10)
          expect(Math.sign(compareIsoDates(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });
});

describe('as of', () => {
  it('counts an event as later only when its earliest possible day is after the as-of date', () => {
    expect(isAfter('2026-06', '2026-05-31')).toBe(true);
    expect(isAfter('2026-06-01', '2026-05-31')).toBe(true);
    expect(isAfter('2026-05-31', '2026-05-31')).toBe(false);
    expect(isAfter('2026-05', '2026-05-31')).toBe(false);
    // A year overlaps any day in it: it may have happened by then, so it is not later.
    expect(isAfter('2026', '2026-03-01')).toBe(false);
    expect(isAfter('2027', '2026-12-31')).toBe(true);
  });

  it('reads a coarse as-of date as the end of its month or year', () => {
    expect(isAfter('2026-05-31', '2026-05')).toBe(false);
    expect(isAfter('2026-06-01', '2026-05')).toBe(true);
    expect(isAfter('2026-12-31', '2026')).toBe(false);
    expect(isAfter('2027-01', '2026')).toBe(true);
    expect(isAfter('2024-02-29', '2024-02')).toBe(false);
    expect(isAfter('2024-03-01', '2024-02')).toBe(true);
  });

  it('marks an overlapping date as possibly later, never a later or an earlier one', () => {
    expect(mayBeAfter('2026', '2026-03-01')).toBe(true);
    expect(mayBeAfter('2026-03', '2026-03-01')).toBe(true);
    expect(mayBeAfter('2026-03', '2026-03')).toBe(false);
    expect(mayBeAfter('2026-02', '2026-03-01')).toBe(false);
    expect(mayBeAfter('2026-04', '2026-03-01')).toBe(false);
  });

  it('never hides what it cannot read', () => {
    expect(isAfter('soon', '2026')).toBe(false);
    expect(isAfter('2026', 'soon')).toBe(false);
  });
});
