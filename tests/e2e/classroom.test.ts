// The classroom: a guided tour by clicker keys with Back, projector sizes, the three
// themes, every download, and a printed handout.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadDebateText } from '../../src/loader/load-debate';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();
const params = (page: Page) => new URL(page.url()).searchParams;
const tour = (page: Page) => page.getByRole('region', { name: 'Guided tour' });

describe('the classroom in Chromium', () => {
  it('starts the tour from the graph, steps by clicker keys, and Back returns to the previous step', async () => {
    const { page, errors } = await app.openReady('', { viewport: { width: 1920, height: 1080 } });
    await page.getByRole('button', { name: /^▶ Start the guided tour/ }).click();
    await tour(page).waitFor();
    expect(params(page).get('step')).toBe('1');
    const firstTitle = await tour(page).getByRole('heading', { level: 2 }).textContent();

    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '3');
    expect(params(page).get('view')).toBe('compare');
    await page.getByRole('region', { name: 'Comparison' }).waitFor();

    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '1');
    expect(await tour(page).getByRole('heading', { level: 2 }).textContent()).toBe(firstTitle);
    await page.keyboard.press('End');
    await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('step')) >= 6);
    await page.keyboard.press('Escape');
    await tour(page).waitFor({ state: 'detached' });
    expect(params(page).get('tour')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a step from a link, in projector sizes at 1920 × 1080, with the rest of the graph dimmed', async () => {
    const { page } = await app.openReady('?tour=classroom-tour&step=7', {
      viewport: { width: 1920, height: 1080 },
    });
    const size = (selector: string) =>
      page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.tour__title')).toBeGreaterThanOrEqual(24);
    expect(await size('.tour__text')).toBeGreaterThanOrEqual(20);
    const focus = await page.locator('[data-testid="graph"] .node[data-tour-focus]').count();
    const dimmed = await page.locator('[data-testid="graph"] .node[data-dimmed]').count();
    expect(focus).toBeGreaterThan(0);
    expect(dimmed).toBeGreaterThan(focus);
    await page.screenshot({ path: 'test-results/tour-1920.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark', 'contrast'])('is axe-clean in the %s theme', async (theme) => {
    const { page } = await app.openReady(`?theme=${theme}&select=european-commission`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/theme-${theme}.png` });
    await page.context().close();
  });

  it('gives text at least 7:1 contrast in the projector theme', async () => {
    const { page } = await app.openReady('?theme=contrast&select=european-commission');
    const violations = await seriousAxeViolations(page, ['color-contrast-enhanced']);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('remembers the chosen theme, and still works when storage throws', async () => {
    const { page } = await app.openReady();
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.goto(app.url());
    await waitForReady(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    const blocked = await app.newPage();
    await blocked.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await blocked.page.goto(app.url());
    await waitForReady(blocked.page);
    await blocked.page.getByText('Menu', { exact: true }).click();
    await blocked.page.getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
    expect(await blocked.page.evaluate(() => document.documentElement.dataset.theme)).toBe(
      'contrast',
    );
    expect(blocked.errors).toEqual([]);
    await page.context().close();
    await blocked.page.context().close();
  });

  it('downloads the graph as PNG and SVG, the matrix as CSV and the debate as JSON', async () => {
    const { page } = await app.openReady('?types=issue,position,actor', { acceptDownloads: true });
    await page.getByText('Menu', { exact: true }).click();
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(path) };
    };

    const png = await save('Graph as PNG');
    expect(png.name).toMatch(/^eu-taliban-returns-graph-\d{4}-\d{2}-\d{2}\.png$/);
    const decoded = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return [bitmap.width, bitmap.height];
    }, png.bytes.toString('base64'));
    expect(decoded[0]).toBeGreaterThan(500);

    const svg = await save('Graph as SVG');
    // Parsed on a blank page: the app's own page admits no HTML string (Trusted Types).
    const parsed = await (
      await page.context().newPage()
    ).evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        text: doc.documentElement.textContent ?? '',
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.text).toContain('Talking to the Taliban');
    expect(parsed.text).toContain('Showing: Issues, Positions, and Actors');

    const csv = await save('Stance matrix as CSV');
    const rows = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    const json = await save('Debate as JSON');
    const reloaded = loadDebateText(json.bytes.toString('utf8'));
    expect(reloaded.ok).toBe(true);
    if (reloaded.ok) expect(rows).toHaveLength(reloaded.debate.actors.length + 1);
    await page.context().close();
  });

  it('says on a picture saved from a phone that it shows the issues, as the phone does', async () => {
    const { page } = await app.openReady('', {
      acceptDownloads: true,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await page.getByText('Menu', { exact: true }).tap();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Graph as SVG' }).tap(),
    ]);
    const svg = await readFile(await download.path(), 'utf8');
    const texts = await (
      await page.context().newPage()
    ).evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, svg);
    // The phone's graph opens on a map of the issues. Before, the subtitle listed all four
    // types and the legend drew every shape and link.
    expect(texts).toContain('Showing: Issues');
    expect(texts).toContain('Issue');
    for (const absent of ['Position', 'Actor', 'Argument', 'Links'])
      expect(texts).not.toContain(absent);
    await page.context().close();
  });

  it('prints a handout: no app chrome, the selection’s details and the sources', async () => {
    const { page } = await app.openReady('?select=fidh');
    await page.getByRole('region', { name: 'Details' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app__tools').isVisible()).toBe(false);
    expect(await page.locator('.filters-panel').isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Details' }).isVisible()).toBe(true);
    const sources = page.locator('.print-only');
    expect(await sources.isVisible()).toBe(true);
    expect(await sources.textContent()).toContain('Sources');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});
