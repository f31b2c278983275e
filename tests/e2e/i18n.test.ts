// The interface in French, Dutch, German and Dari (issue 15): the header and a dialog
// without English left in them, <html lang dir>, Gregorian dates, axe, the embed in
// French, and a language switched in place.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** What the app area's header and shortcuts dialog say in each language. */
const WORDS = {
  fr: {
    share: 'Partager',
    menu: 'Menu',
    views: 'Vues',
    stand: 'Et vous, où vous situez-vous ?',
    shortcuts: 'Raccourcis clavier',
    close: 'Fermer',
    dir: 'ltr',
  },
  nl: {
    share: 'Delen',
    menu: 'Menu',
    views: 'Weergaven',
    stand: 'Waar staat u?',
    shortcuts: 'Sneltoetsen',
    close: 'Sluiten',
    dir: 'ltr',
  },
  de: {
    share: 'Teilen',
    menu: 'Menü',
    views: 'Ansichten',
    stand: 'Wo stehen Sie?',
    shortcuts: 'Tastenkürzel',
    close: 'Schließen',
    dir: 'ltr',
  },
  'fa-AF': {
    share: 'اشتراک‌گذاری',
    menu: 'فهرست',
    views: 'نماها',
    stand: 'شما کجا ایستاده‌اید؟',
    shortcuts: 'میان‌برهای صفحه‌کلید',
    close: 'بستن',
    dir: 'rtl',
  },
} as const;

/** English the app area shows in the header and the shortcuts dialog; none may remain. */
const ENGLISH = [
  'Share',
  'Where do you stand?',
  'Keyboard shortcuts',
  'Print a handout',
  'Show this list',
  'Zoom in',
];

async function open(page: Page, query: string) {
  await page.goto(app.url(query));
  await waitForReady(page);
}

describe.each(Object.entries(WORDS))('the interface in %s', (locale, words) => {
  it('has no English left in the header and the shortcuts dialog, and is axe clean', async () => {
    const { page, errors } = await app.newPage();
    await open(page, `?lang=${locale}`);
    const root = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
    expect(root).toEqual({ lang: locale, dir: words.dir });

    const header = page.getByRole('banner');
    await expect(header.getByRole('button', { name: words.share }).isVisible()).resolves.toBe(true);
    await expect(header.getByRole('navigation', { name: words.views }).isVisible()).resolves.toBe(
      true,
    );
    await expect(header.getByRole('button', { name: words.stand }).count()).resolves.toBe(1);
    await header.getByText(words.menu, { exact: true }).click();
    const menu = header.locator('.menu__panel');
    await menu.getByRole('button', { name: words.shortcuts }).click();
    const dialog = page.getByRole('dialog', { name: words.shortcuts });
    await dialog.waitFor();
    await expect(dialog.getByRole('button', { name: words.close }).count()).resolves.toBe(1);

    const shown =
      (await header.innerText()) + (await menu.innerText()) + (await dialog.innerText());
    expect(ENGLISH.filter((phrase) => shown.includes(phrase))).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('Dari, right to left', () => {
  it('takes prs and fa as Dari, and keeps dates in the Gregorian calendar', async () => {
    for (const alias of ['prs', 'fa']) {
      const { page } = await app.newPage();
      await open(page, `?lang=${alias}`);
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual(['fa-AF', 'rtl']);
      await page.context().close();
    }
    const { page } = await app.newPage();
    await open(page, '?lang=fa-AF&view=timeline');
    await page.locator('.timeline, [class*="timeline"]').first().waitFor();
    const text = await page.locator('main').innerText();
    // The talks are in 2026 (Gregorian), whatever digits show it; 1405 would be the Solar Hijri year.
    expect(text).toMatch(/2026|۲۰۲۶/);
    expect(text).not.toMatch(/1405|۱۴۰۵/);
    await page.context().close();
  });

  it('looks right at 360 and 1280 px in French and Dari (screenshots to look at)', async () => {
    for (const locale of ['fr', 'fa-AF']) {
      for (const width of [360, 1280]) {
        const { page } = await app.newPage({
          viewport: { width, height: width < 600 ? 740 : 800 },
        });
        await open(page, `?lang=${locale}`);
        await page.screenshot({ path: path.join(SHOTS, `i18n-${locale}-${width}.png`) });
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.context().close();
      }
    }
  });
});

describe('choosing the language', () => {
  it('switches in place from the menu, keeps the selection, and links carry lang', async () => {
    const { page } = await app.newPage();
    await open(page, '?select=belgium');
    await page.getByRole('banner').getByText('Menu', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('banner').getByRole('button', { name: 'Teilen' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, location.search])).toEqual([
      'de',
      expect.stringMatching(/select=belgium.*lang=de|lang=de.*select=belgium/),
    ]);
    // Remembered: a new visit without ?lang= opens in German.
    await page.goto(app.url());
    await waitForReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.context().close();
  });

  it('shows the embed in French', async () => {
    const { page } = await app.newPage({ viewport: { width: 480, height: 640 } });
    await open(page, '?embed=1&lang=fr');
    await page.getByRole('button', { name: 'Partager' }).waitFor();
    await expect(page.getByRole('link', { name: /Ouvrir dans Stancemap/ }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByRole('combobox', { name: 'Langue' }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.screenshot({ path: path.join(SHOTS, 'i18n-embed-fr-480.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
