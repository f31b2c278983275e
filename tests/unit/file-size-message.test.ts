// A file size inside a problem message reads as the reader's language writes numbers
// and units, and falls back to English before any catalogue is loaded.
import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as french } from '../../src/locales/fr/loader.po';
import { messages as dari } from '../../src/locales/fa-AF/loader.po';
import { formatBytes } from '../../src/loader/limits';
import { localised } from '../../src/loader/problems';

const MB = 1024 * 1024;

afterEach(() => {
  i18n.load({ en: {} });
  i18n.activate('en');
});

describe('a file size in a message', () => {
  it('is whole megabytes, tenths, or kilobytes rounded up, in English without a catalogue', () => {
    expect(localised(formatBytes(40 * MB))).toBe('40 MB');
    expect(localised(formatBytes(1.46 * MB))).toBe('1.5 MB');
    expect(localised(formatBytes(1000))).toBe('1 KB');
  });

  it('uses the reader’s decimal comma and unit in French', () => {
    i18n.load('fr', french);
    i18n.activate('fr');
    expect(localised(formatBytes(1.46 * MB))).toBe('1,5 Mo');
    expect(localised(formatBytes(20 * MB))).toBe('20 Mo');
  });

  it('uses Persian digits and the unit’s Dari name', () => {
    i18n.load('fa-AF', dari);
    i18n.activate('fa-AF');
    expect(localised(formatBytes(20 * MB))).toBe('۲۰ مگابایت');
  });
});
