// "Where do you stand?" and the Sources view in French, Dutch, German and Dari (issue 15):
// gone through (start, answer, see the result, mark a reason, read the class spread), then
// every fold opened, and no English from the stand-sources catalogue may be left on
// screen; the controls found by their names in the language; axe clean in Dari; dates
// Gregorian; screenshots of Stand in Dari at 360 px and Sources in French at 1280 px.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { serveAsBundled, useApp, waitForReady } from './support/fixture';
import { smallDebate } from '../fixtures/small-debate';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/**
 * The area's English source messages that would betray an untranslated screen: two words
 * or more, and no placeholder or tag (those are only partly English once filled in).
 */
const ENGLISH = readFileSync(
  new URL('../../src/locales/en/stand-sources.po', import.meta.url),
  'utf8',
)
  .split('\n')
  .flatMap((line) => /^msgid "(.+)"$/.exec(line)?.[1] ?? [])
  .map((id) => id.replace(/\\"/g, '"'))
  .filter((id) => !/[{<]/.test(id) && id.trim().split(/\s+/).length >= 2);

/** The names a reader of each language finds things by. */
const WORDS = {
  fr: {
    stand: 'Et vous, où vous situez-vous ?',
    agree: 'D’accord',
    matters: 'C’est plus important pour moi',
    reasons: /^Raisons données dans le débat/,
    convincing: 'Convaincant',
    result: 'Votre résultat',
    closest: 'Acteurs les plus proches',
    compare: 'Comparer avec les plus proches',
    beside: /^Vous à côté de /,
    spread: 'Répartition de la classe',
    codes: 'Codes de la classe',
    showSpread: 'Afficher la répartition',
    read: /code lu/,
    sources: 'Sources et glossaire',
    onThisPage: 'Sur cette page',
    newTab: /\(s’ouvre dans un nouvel onglet\)$/,
  },
  nl: {
    stand: 'Waar staat u?',
    agree: 'Eens',
    matters: 'Dit vind ik belangrijker',
    reasons: /^Redenen uit het debat/,
    convincing: 'Overtuigend',
    result: 'Uw resultaat',
    closest: 'Dichtstbijzijnde actoren',
    compare: 'Vergelijken met de dichtstbijzijnde',
    beside: /^U naast /,
    spread: 'Spreiding in de klas',
    codes: 'Codes van de klas',
    showSpread: 'Spreiding tonen',
    read: /code gelezen/,
    sources: 'Bronnen en woordenlijst',
    onThisPage: 'Op deze pagina',
    newTab: /\(opent in een nieuw tabblad\)$/,
  },
  de: {
    stand: 'Wo stehen Sie?',
    agree: 'Zustimmung',
    matters: 'Das ist mir wichtiger',
    reasons: /^Gründe aus der Debatte/,
    convincing: 'Überzeugend',
    result: 'Ihr Ergebnis',
    closest: 'Nächste Akteure',
    compare: 'Mit den Nächsten vergleichen',
    beside: /^Sie neben /,
    spread: 'Verteilung in der Klasse',
    codes: 'Codes der Klasse',
    showSpread: 'Verteilung anzeigen',
    read: /Code gelesen/,
    sources: 'Quellen und Glossar',
    onThisPage: 'Auf dieser Seite',
    newTab: /\(öffnet in einem neuen Tab\)$/,
  },
  'fa-AF': {
    stand: 'شما کجا ایستاده‌اید؟',
    agree: 'موافقم',
    matters: 'این برای من مهم‌تر است',
    reasons: /^دلایل مطرح‌شده در بحث/,
    convincing: 'قانع‌کننده',
    result: 'نتیجهٔ شما',
    closest: 'نزدیک‌ترین بازیگران',
    compare: 'مقایسه با نزدیک‌ترین‌ها',
    beside: /^شما در کنار /,
    spread: 'پراکندگی صنف',
    codes: 'کدهای صنف',
    showSpread: 'نمایش پراکندگی',
    // Both counts in Persian digits: a plain placeholder once kept the second one Latin.
    read: /۱ کد خوانده شد، ۱ نادیده/,
    sources: 'منابع و واژه‌نامه',
    onThisPage: 'در این صفحه',
    newTab: /\(در زبانهٔ تازه باز می‌شود\)$/,
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

/** Opens every fold in the region, so that all of its text is on screen. */
async function openAllFolds(region: Locator) {
  await region.evaluate((root) =>
    root.querySelectorAll('details').forEach((details) => (details.open = true)),
  );
}

/** The catalogue's English that the region still shows. */
async function englishLeft(region: Locator): Promise<string[]> {
  const text = await region.innerText();
  return ENGLISH.filter((phrase) => text.includes(phrase));
}

async function goThroughStand(page: Page, words: Words): Promise<Locator> {
  const region = page.getByRole('region', { name: words.stand, exact: true });
  await region.waitFor();
  // Start: answer the first position, and say it matters more.
  const question = region.getByRole('radiogroup').first();
  await question.getByRole('radio', { name: words.agree, exact: true }).check();
  await region.getByRole('checkbox', { name: words.matters }).first().check();
  // The result: the closest actors, one opened, then beside the student.
  await region.getByRole('heading', { name: words.result, exact: true }).waitFor();
  const closest = region.getByRole('list', { name: words.closest, exact: true });
  await closest.getByRole('button').first().click();
  await region.getByRole('button', { name: words.compare, exact: true }).click();
  await region.getByRole('region', { name: words.beside }).waitFor();
  // A reason marked convincing, which says what becomes of it for the student.
  // The first position of the talks has reasons under it (the bundled debate gives eight).
  const position = region.locator('.stand__position').first();
  await position.getByText(words.reasons).click();
  await position
    .getByRole('radiogroup')
    .nth(1)
    .getByRole('radio', { name: words.convincing, exact: true })
    .check();
  await position.locator('.stand__for-you').first().waitFor();
  // The class spread, from the student's own code and one that is not a code.
  const code = await region.locator('.stand__code code').innerText();
  const spread = region.getByRole('region', { name: words.spread, exact: true });
  await spread.getByRole('textbox', { name: words.codes }).fill(`${code}\nnot-a-code`);
  await spread.getByRole('button', { name: words.showSpread }).click();
  await spread.getByRole('status').getByText(words.read).waitFor();
  await openAllFolds(region);
  return region;
}

async function openSources(page: Page, words: Words): Promise<Locator> {
  const region = page.getByRole('region', { name: words.sources, exact: true });
  await region.waitFor();
  await region.getByRole('navigation', { name: words.onThisPage }).waitFor();
  await openAllFolds(region);
  return region;
}

// A whole walk through the view under load takes longer than the default minute.
const WALK_TIMEOUT = 180_000;

describe.each(Object.entries(WORDS))('Where do you stand? and Sources in %s', (locale, words) => {
  const rtl = locale === 'fa-AF';

  it(
    'goes through Where do you stand? with names in the language, and no English left',
    async () => {
      const { page, errors } = await app.newPage({
        viewport: rtl ? { width: 360, height: 800 } : { width: 1280, height: 800 },
      });
      await page.goto(app.url(`?view=stand&issue=talks-with-taliban&lang=${locale}`));
      await waitForReady(page);
      const stand = await goThroughStand(page, words);
      expect(await englishLeft(stand)).toEqual([]);
      if (rtl) {
        expect(await seriousAxeViolations(page)).toEqual([]);
        await stand.getByRole('radiogroup').first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, 'i18n-stand-fa-AF-360.png') });
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
    WALK_TIMEOUT,
  );

  it(
    'shows the Sources view with names in the language, Gregorian dates, and no English left',
    async () => {
      const { page, errors } = await app.newPage({
        viewport: rtl ? { width: 360, height: 800 } : { width: 1280, height: 800 },
      });
      // The bundled debate's sources give neither address nor date…
      await page.goto(app.url(`?view=sources&lang=${locale}`));
      await waitForReady(page);
      expect(await englishLeft(await openSources(page, words))).toEqual([]);
      if (rtl) expect(await seriousAxeViolations(page)).toEqual([]);
      // …a small debate's source gives both.
      await serveAsBundled(page, JSON.stringify(smallDebate()));
      await page.goto(app.url(`?view=sources&lang=${locale}`));
      await waitForReady(page);
      const sources = await openSources(page, words);
      expect(await englishLeft(sources)).toEqual([]);
      await sources.getByRole('link', { name: words.newTab }).waitFor();
      // Dates in the Gregorian calendar the sources use, whatever digits show them.
      const dated = sources.locator('.source__facts time').first();
      const year = (await dated.getAttribute('datetime'))?.slice(0, 4) ?? '';
      const persianYear = year.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d);
      expect([year, persianYear]).toContain(
        (await dated.innerText()).match(/[0-9]{4}|[۰-۹]{4}/)?.[0],
      );
      if (rtl) expect(await seriousAxeViolations(page)).toEqual([]);
      if (locale === 'fr') {
        await page.screenshot({ path: path.join(SHOTS, 'i18n-sources-fr-1280.png') });
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
    WALK_TIMEOUT,
  );
});
