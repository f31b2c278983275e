// The debate's own texts in the reader's language: French where the debate translates
// them, with the original one click away and every quote verbatim; an English-only
// debate in a French interface shows as written, without errors.
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();
const FRENCH_QUESTION = /L’UE doit-elle tenir des pourparlers techniques/;
const ENGLISH_QUESTION = /Should the EU hold technical talks/;

describe('?lang=fr on the bundled debate', () => {
  it('reads in French, switches to the original and back, and keeps quotes verbatim', async () => {
    const { page } = await app.newPage();
    await page.goto(app.url('?lang=fr&select=talks-with-taliban'));
    await waitForReady(page);
    const toOriginal = page.getByRole('button', { name: /Afficher l’original/ });
    await toOriginal.waitFor();
    await page.getByRole('heading', { name: FRENCH_QUESTION }).waitFor();
    await toOriginal.click();
    await page.getByRole('heading', { name: ENGLISH_QUESTION }).waitFor();
    await page.getByRole('button', { name: /Afficher la traduction/ }).click();
    await page.getByRole('heading', { name: FRENCH_QUESTION }).waitFor();
    // A quote is the article's own English words, also on the French screen.
    await page.goto(app.url('?lang=fr&select=hold-technical-talks'));
    await waitForReady(page);
    await page.getByRole('button', { name: /Afficher l’original/ }).waitFor();
    expect(await page.locator('blockquote, q').first().textContent()).toMatch(/[A-Za-z]/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('an English-only debate in French', () => {
  it('shows its texts as written, with no switch and no alert', async () => {
    const { page } = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url('?lang=fr&data=data/template.json'));
    await waitForReady(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('button', { name: /original|traduction/i }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
