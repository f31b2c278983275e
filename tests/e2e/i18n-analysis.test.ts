// Compare, Matrix and Arguments in French and Dari (issue 15): no English left from the
// analysis catalogue, controls named in the reader's language, axe clean in Dari, and
// screenshots to look at (Compare in Dari at 360 px, the matrix in French at 1280 px).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const CATALOGUE = path.resolve(import.meta.dirname, '../../src/locales/en/analysis.po');

/**
 * The English this area's views may show: the catalogue's source messages of two words
 * or more with no placeholder, plural or markup, so each can be looked for as it is.
 */
const ENGLISH = [...readFileSync(CATALOGUE, 'utf8').matchAll(/^msgid "(.+)"$/gm)]
  .map((match) => match[1]!.replaceAll('\\"', '"'))
  .filter((text) => !/[{}<>]/.test(text) && text.trim().split(/\s+/).length >= 2);

/** What the three views call their controls in each language. */
const WORDS = {
  fr: {
    comparison: 'Comparaison',
    addActor: 'Ajouter un acteur',
    matrix: 'Matrice des prises de position',
    sort: 'Trier les acteurs',
    reset: 'Réinitialiser',
    whatIf: 'Et si…',
    issue: 'Question',
  },
  'fa-AF': {
    comparison: 'مقایسه',
    addActor: 'افزودن یک بازیگر',
    matrix: 'ماتریس موضع‌گیری‌ها',
    sort: 'مرتب‌سازی بازیگران',
    reset: 'بازنشانی',
    whatIf: 'اگر…',
    issue: 'مسئله',
  },
} as const;

type Locale = keyof typeof WORDS;

/** The view at `query` in `locale`, once the named region (its code and messages) is there. */
async function openView(locale: Locale, query: string, width = 1280) {
  const { page, errors } = await app.newPage({
    viewport: { width, height: width < 600 ? 740 : 800 },
  });
  await page.goto(app.url(`${query}&lang=${locale}`));
  return { page, errors };
}

/** English phrases of the catalogue that the page's main area shows. */
async function englishLeft(page: Page): Promise<string[]> {
  const shown = await page.locator('main').innerText();
  return ENGLISH.filter((phrase) => shown.includes(phrase));
}

describe.each(Object.entries(WORDS))('the analysis views in %s', (key, words) => {
  const locale = key as Locale;

  it('Compare with two actors chosen shows no English from its catalogue', async () => {
    const { page, errors } = await openView(
      locale,
      '?view=compare&compare=european-commission,human-rights-groups',
    );
    const region = page.getByRole('region', { name: words.comparison });
    await region.waitFor();
    await region.getByRole('combobox', { name: words.addActor }).waitFor();
    // Every folded piece of evidence opened, so its summary and contents count too.
    await region
      .locator('details')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(ENGLISH.length).toBeGreaterThan(40);
    expect(await englishLeft(page)).toEqual([]);
    if (locale === 'fa-AF') expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Matrix, sorted by agreement and with a cell open, shows no English', async () => {
    const { page, errors } = await openView(locale, '?view=matrix');
    const matrix = page.getByRole('region', { name: words.matrix });
    await matrix.waitFor();
    await page.getByRole('combobox', { name: words.sort }).selectOption('agreement');
    await page.locator('.matrix__agreement-head').waitFor();
    if (locale === 'fr') {
      await page.screenshot({ path: path.join(SHOTS, 'i18n-analysis-matrix-fr-1280.png') });
    }
    if (locale === 'fa-AF') expect(await seriousAxeViolations(page)).toEqual([]);
    // How the score works is told by the domain (the views catalogue, not this one): its
    // sentence is taken out before looking, the bold lead-in of this view stays.
    await page
      .locator('.matrix__note:has(strong)')
      .evaluate((note) =>
        note.childNodes.forEach((n) => n.nodeType === Node.TEXT_NODE && n.remove()),
      );
    expect(await englishLeft(page)).toEqual([]);

    await matrix.locator('.matrix__stance').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const said = await dialog.innerText();
    expect(ENGLISH.filter((phrase) => said.includes(phrase))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Arguments, with the explanation open and a claim withdrawn, shows no English', async () => {
    const { page, errors } = await openView(
      locale,
      '?view=arguments&issue=recognition-or-normalisation',
    );
    await page.getByRole('heading', { name: words.whatIf }).waitFor();
    await page.getByRole('combobox', { name: words.issue }).waitFor();
    await page.locator('.argcard__withdraw input').first().check();
    await page.getByRole('button', { name: words.reset }).waitFor();
    await page
      .locator('main details')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await englishLeft(page)).toEqual([]);
    if (locale === 'fa-AF') expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('Compare in Dari on a phone', () => {
  it('fits 360 px without sideways scrolling (screenshot to look at)', async () => {
    const { page } = await openView(
      'fa-AF',
      '?view=compare&compare=european-commission,human-rights-groups',
      360,
    );
    await page.getByRole('region', { name: WORDS['fa-AF'].comparison }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.screenshot({ path: path.join(SHOTS, 'i18n-analysis-compare-fa-AF-360.png') });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    await page.context().close();
  });
});
