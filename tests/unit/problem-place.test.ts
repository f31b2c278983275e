// Where an imported file's problem is, as the reader says it: the importers write
// `line 12` and `Positions row 3`; the report shows them in the interface's language.
import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as french } from '../../src/locales/fr/loader.po';
import { messages as dari } from '../../src/locales/fa-AF/loader.po';
import { formatPlacedProblem, problemPlace } from '../../src/loader/problem-place';
import { problem } from '../../src/loader/problems';

afterEach(() => {
  i18n.load({ en: {} });
  i18n.activate('en');
});

describe('a problem’s place', () => {
  it('stays as written in English, and a path that is not a line or a row is left alone', () => {
    expect(problemPlace('line 12 (arguments[3].claim)')).toBe('line 12 (arguments[3].claim)');
    expect(problemPlace('stances[4].position')).toBe('stances[4].position');
    expect(problemPlace('')).toBe('');
  });

  it('names the line and the row in French, in the place and in the copied report', () => {
    i18n.load('fr', french);
    i18n.activate('fr');
    expect(problemPlace('line 12 (arguments[3].claim)')).toBe('ligne 12 (arguments[3].claim)');
    expect(problemPlace('Positions row 3')).toBe('Positions, ligne 3');
    expect(
      formatPlacedProblem(
        problem('import-guessed', 'line 1', { id: 'none', message: 'x' }, 'warning'),
      ),
    ).toBe('ligne 1: x');
  });

  it('names the line in Dari', () => {
    i18n.load('fa-AF', dari);
    i18n.activate('fa-AF');
    expect(problemPlace('line 14')).toBe('سطر 14');
  });
});
