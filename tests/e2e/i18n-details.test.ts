// The Details panel (an actor, a position, an argument) and the "About this debate"
// intro in French, Dutch, German and Dari (issue 15): none of the `views` catalogue's
// English is left, the panel's roles carry names in the language, and Dari is axe clean.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();
const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results');

/** The msgids of a .po file (each may continue over several quoted lines). */
function msgids(file: string): string[] {
  const ids: string[] = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const match = /^msgid ((?:".*"\n?)+)/m.exec(block);
    if (!match?.[1]) continue;
    const id = [...match[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)]
      .map((part) => (part[1] ?? '').replace(/\\"/g, '"').replace(/\\\\/g, '\\'))
      .join('');
    if (id) ids.push(id);
  }
  return ids;
}

/**
 * English phrases of the `views` catalogue that a reader could recognise: two words or
 * more, with no placeholder or markup. A phrase the bundled debate's own text also uses
 * ("EU member state" in a summary, say) is data there, so it is not looked for.
 */
const debateText = readFileSync(path.join(ROOT, 'data/eu-taliban-returns.json'), 'utf8');
const ENGLISH = msgids(path.join(ROOT, 'src/locales/en/views.po')).filter(
  (id) => /\S\s+\S/.test(id) && !/[{}<]/.test(id) && !debateText.includes(id),
);

/** What the panel's roles are called, per language. */
const WORDS = {
  fr: {
    details: 'Détails',
    close: 'Fermer les détails',
    sources: 'Sources',
    madeBy: 'Avancé par',
    about: 'À propos de ce débat',
    legend: 'Légende',
  },
  nl: {
    details: 'Details',
    close: 'Details sluiten',
    sources: 'Bronnen',
    madeBy: 'Aangevoerd door',
    about: 'Over dit debat',
    legend: 'Legende',
  },
  de: {
    details: 'Details',
    close: 'Details schließen',
    sources: 'Quellen',
    madeBy: 'Vorgebracht von',
    about: 'Über diese Debatte',
    legend: 'Legende',
  },
  'fa-AF': {
    details: 'جزئیات',
    close: 'بستن جزئیات',
    sources: 'منابع',
    madeBy: 'مطرح‌شده از سوی',
    about: 'در بارهٔ این بحث',
    legend: 'راهنما',
  },
} as const;

/** An actor in a group with stances and events, the longest position, an argument made by three actors. */
const SELECTIONS = ['belgium', 'hold-technical-talks', 'narrow-talks-still-give-access'];

/** Every folded part opened, so its text is read too; then the English left in it. */
async function englishIn(area: Locator): Promise<string[]> {
  await area.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
  const text = await area.innerText();
  return ENGLISH.filter((phrase) => text.includes(phrase));
}

async function openPanel(page: Page, locale: string, id: string): Promise<Locator> {
  await page.goto(app.url(`?lang=${locale}&select=${id}`));
  await waitForReady(page);
  const panel = page.getByRole('region', { name: WORDS[locale as keyof typeof WORDS].details });
  await panel.getByRole('heading', { level: 2 }).waitFor();
  return panel;
}

describe.each(Object.entries(WORDS))('the Details panel and the intro in %s', (locale, words) => {
  it('leave no English of the views catalogue, and name their parts in the language', async () => {
    expect(ENGLISH.length).toBeGreaterThan(40);
    const { page, errors } = await app.newPage();
    for (const id of SELECTIONS) {
      const panel = await openPanel(page, locale, id);
      expect(await panel.getByRole('button', { name: words.close }).count()).toBe(1);
      expect(await panel.getByRole('heading', { level: 3, name: words.sources }).count()).toBe(1);
      expect(await englishIn(panel), `${locale}, ${id}`).toEqual([]);
    }
    // The argument's panel is still open: it names who makes it.
    expect(
      await page
        .getByRole('region', { name: words.details })
        .getByRole('heading', { level: 3, name: words.madeBy })
        .count(),
    ).toBe(1);
    if (locale === 'fa-AF') expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(app.url(`?lang=${locale}`));
    await waitForReady(page);
    const about = page.getByRole('region', { name: words.about });
    await about.waitFor();
    const intro = page.locator('.intro');
    expect(await intro.getByRole('heading', { level: 2, name: words.legend }).count()).toBe(1);
    expect(await englishIn(intro), `${locale}, intro`).toEqual([]);
    if (locale === 'fa-AF') expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the Details panel, looked at', () => {
  it('in Dari at 360 px and in French at 1280 px (screenshots to look at)', async () => {
    for (const [locale, width] of [
      ['fa-AF', 360],
      ['fr', 1280],
    ] as const) {
      const { page } = await app.newPage({ viewport: { width, height: width < 600 ? 740 : 800 } });
      const panel = await openPanel(page, locale, 'hold-technical-talks');
      const box = await panel.boundingBox();
      expect(box, 'the panel is laid out').not.toBeNull();
      // The panel stays within the page's width, whichever side it opens on.
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
      await page.screenshot({ path: path.join(SHOTS, `i18n-details-${locale}-${width}.png`) });
      if (locale === 'fa-AF') expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
