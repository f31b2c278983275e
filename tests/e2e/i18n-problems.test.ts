// The app and loader catalogues in the reader's language (issue 15): a broken debate
// opened in French and in Dari shows the alert, the problems dialog and every problem
// message and hint with no English left from those catalogues, axe clean in Dari; the
// empty-debate notice, the drop overlay and the printed handout in French.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../fixtures/small-debate';
import { seriousAxeViolations } from './support/axe';
import { serveAsBundled, useApp, waitForReady } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const LOCALES = path.resolve(import.meta.dirname, '../../src/locales/en');

/** The English texts of a catalogue: msgstr for explicit ids (the loader's), else msgid. */
function englishOf(area: 'app' | 'loader'): string[] {
  const po = readFileSync(path.join(LOCALES, `${area}.po`), 'utf8');
  const texts: string[] = [];
  for (const block of po.split('\n\n')) {
    const field = (name: string) => {
      const match = new RegExp(`^${name} ((?:".*"\\n?)+)`, 'm').exec(`${block}\n`);
      return match
        ? [...match[1]!.matchAll(/"(.*)"/g)].map((m) => m[1]!.replace(/\\"/g, '"')).join('')
        : '';
    };
    const text = block.includes('js-lingui-explicit-id') ? field('msgstr') : field('msgid');
    if (text) texts.push(text);
  }
  return texts;
}

/**
 * What must not be left in English: each message's words between placeholders, where a
 * stretch has at least three words (shorter ones, like "is not", say too little).
 */
function englishStretches(area: 'app' | 'loader'): string[] {
  const stretches = new Set<string>();
  for (const text of englishOf(area)) {
    // Plural branches hold words too, but only as one option of many: leave them out.
    if (/\{\w+, plural,/.test(text)) continue;
    for (const part of text.split(/\{\w+\}|<\/?\d+>/)) {
      const words = part.trim().replace(/^[\s.,;:()“”"«»]+|[\s.,;:()“”"«»]+$/g, '');
      if (words.split(/\s+/).length >= 3) stretches.add(words);
    }
  }
  return [...stretches];
}

const ENGLISH = [...englishStretches('app'), ...englishStretches('loader')];

/** The small test debate with errors of several kinds, and a warning. */
function brokenDebate(): string {
  const d = smallDebate() as unknown as Record<string, Record<string, unknown>[]> & {
    meta: Record<string, unknown>;
  };
  d.stances![0]!.position = 'nowhere'; // unknown-reference
  d.stances![1]!.stance = 'perhaps'; // bad-value
  d.positions![1]!.id = 'require'; // duplicate-id
  delete d.issues![1]!.question; // missing-field
  d.positions![2]!.statement = 42; // wrong-type
  d.actors![0]!.colour = 'red'; // unknown-field (a warning)
  d.meta.updated = '2026-02-30'; // impossible-date
  return JSON.stringify(d);
}

/** An empty but valid debate: it opens, and says it is empty. */
function emptyDebate(): string {
  const d = smallDebate();
  return JSON.stringify({
    format: d.format,
    version: d.version,
    meta: d.meta,
    issues: [],
    actors: [],
    positions: [],
  });
}

/** English stretches of the two catalogues found in `text`. */
function englishIn(text: string): string[] {
  return ENGLISH.filter((english) => text.includes(english));
}

async function openBroken(page: Page, locale: string) {
  await serveAsBundled(page, brokenDebate());
  await page.goto(app.url(`?lang=${locale}`));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return alert;
}

const WORDS = {
  fr: {
    alert: /Impossible d’ouvrir ce débat : \d+ problèmes trouvé\(s\)\./,
    showAll: 'Afficher tous les problèmes',
    dialog: 'Pourquoi ce débat n’a pas pu s’ouvrir',
    copy: 'Copier tous les problèmes',
    list: 'Problèmes',
    close: 'Fermer',
    message: 'n’est pas un identifiant de position',
  },
  'fa-AF': {
    alert: /این بحث باز نشد: [\d۰-۹]+ مشکل پیدا شد\./,
    showAll: 'نمایش همهٔ مشکلات',
    dialog: 'چرا این بحث باز نشد',
    copy: 'کپی همهٔ مشکلات',
    list: 'مشکلات',
    close: 'بستن',
    message: 'شناسهٔ موضع نیست',
  },
} as const;

describe('the English the test looks for', () => {
  it('holds the catalogues’ sentences', () => {
    expect(ENGLISH).toContain('Show all problems');
    expect(ENGLISH).toContain('answers another issue; a complement must answer the same one');
    expect(ENGLISH.length).toBeGreaterThan(150);
  });
});

describe.each(Object.entries(WORDS))('a broken debate in %s', (locale, words) => {
  it('shows the alert, the dialog and every problem with no English left', async () => {
    const { page, errors } = await app.newPage();
    const alert = await openBroken(page, locale);
    const alertText = await alert.innerText();
    expect(alertText).toMatch(words.alert);
    expect(englishIn(alertText)).toEqual([]);

    await alert.getByRole('button', { name: words.showAll }).click();
    const dialog = page.getByRole('dialog', { name: words.dialog });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: words.copy }).waitFor();
    const list = dialog.getByRole('list', { name: words.list });
    const codes = await list.locator('.problem__code').allTextContents();
    // The codes and places stay as the contract has them.
    expect(codes).toEqual(
      expect.arrayContaining([
        'unknown-reference',
        'bad-value',
        'duplicate-id',
        'missing-field',
        'wrong-type',
        'unknown-field',
        'impossible-date',
      ]),
    );
    expect(await list.locator('.problem__path').allTextContents()).toContain('stances[0].position');
    const dialogText = await dialog.innerText();
    expect(dialogText).toContain(words.message);
    expect(englishIn(dialogText)).toEqual([]);

    if (locale === 'fa-AF') {
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.screenshot({ path: path.join(SHOTS, 'i18n-problems-fa-AF-360.png') });
    }
    await dialog.getByRole('button', { name: words.close }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});

describe('the open and print texts in French', () => {
  it('says an empty debate is empty', async () => {
    const { page } = await app.newPage();
    await serveAsBundled(page, emptyDebate());
    await page.goto(app.url('?lang=fr'));
    await waitForReady(page);
    const notice = page.getByText('Ce débat est vide');
    await notice.waitFor();
    const text = await page.locator('main').innerText();
    expect(englishIn(text)).toEqual([]);
  });

  it('names the drop overlay and prints the handout', async () => {
    const { page } = await app.openReady('?lang=fr');
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{}'], 'debate.json', { type: 'application/json' }));
      document
        .querySelector('main')!
        .dispatchEvent(
          new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    });
    const overlay = page.getByTestId('drop-overlay');
    await overlay.waitFor();
    const overlayText = await overlay.innerText();
    expect(overlayText).toContain('Déposez le fichier du débat pour l’ouvrir');
    expect(englishIn(overlayText)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'i18n-problems-drop-fr-1280.png') });

    await page.emulateMedia({ media: 'print' });
    const handout = await page.locator('.print-only').innerText();
    expect(handout).toContain('Imprimé depuis Stancemap');
    expect(englishIn(handout)).toEqual([]);
  });
});
