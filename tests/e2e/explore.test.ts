// The graph explorer in Chromium: select, search, filter, focus an issue, the
// keyboard path, links and Back, reduced motion, axe-core, and screenshots.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForGraph, waitForReady } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** The node's outer group, which carries its position and look; the hook element is inside. */
const drawnNode = (page: Page, id: string) =>
  page.locator(`[data-testid="graph"] .node:has(> [data-node-id="${id}"])`);
const graphNode = (page: Page, id: string) =>
  page.locator(`[data-testid="graph"] [data-node-id="${id}"]`);
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const search = (page: Page) => new URL(page.url()).searchParams;

async function open(query = '', options = {}) {
  const { page, errors } = await app.newPage(options);
  await page.goto(app.url(query));
  await waitForReady(page);
  return { page, errors };
}

describe('the graph explorer', () => {
  it('draws the issues, positions and actors with the test hooks, and selects one by click', async () => {
    const { page, errors } = await open();
    const nodes = page.locator('[data-testid="graph"] [data-node-id]');
    // The overview folds the 46 arguments into their positions; a focus draws them.
    expect(await nodes.count()).toBe(41);
    expect(await page.locator('[data-testid="graph"] [data-label-for]').count()).toBe(41);
    const commission = graphNode(page, 'european-commission');
    expect(await commission.getAttribute('data-node-type')).toBe('actor');
    expect(await commission.getAttribute('aria-label')).toBe(
      'Actor: European Commission (Commission)',
    );
    await commission.click();
    await expect(details(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'European Commission',
    );
    expect(search(page).get('select')).toBe('european-commission');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches: matches light up, Enter selects the first', async () => {
    const { page } = await open();
    const box = page.getByRole('searchbox', { name: 'Search the debate' });
    await box.fill('taliban');
    const matches = page.locator('[data-testid="graph"] [data-match]');
    // Both Taliban actors and the issues that name them light up.
    expect(await matches.count()).toBeGreaterThan(2);
    // The address follows once typing rests (url-sync writes q= after a pause).
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'taliban');
    await box.press('Enter');
    // A name that starts with the query ranks before text that merely contains it.
    const heading = await details(page).getByRole('heading', { level: 2 }).textContent();
    expect(heading).toMatch(/^Taliban/);
    await page.context().close();
  });

  it('filters node types and actor kinds, and writes the types to the link', async () => {
    const { page } = await open();
    await page.getByRole('checkbox', { name: 'Arguments' }).uncheck();
    await waitForGraph(page);
    expect(await page.locator('[data-testid="graph"] [data-node-type="argument"]').count()).toBe(0);
    expect(
      await page.locator('[data-testid="graph"] [data-node-type="actor"]').count(),
    ).toBeGreaterThan(10);
    expect(search(page).get('types')).toBe('issue,position,actor');
    await page.locator('summary', { hasText: 'Actor kinds' }).click();
    await page.getByRole('checkbox', { name: 'court' }).uncheck();
    await waitForGraph(page);
    expect(await graphNode(page, 'icc').count()).toBe(0);
    await page.context().close();
  });

  it('focuses one issue: it alone is drawn, with its arguments', async () => {
    const { page } = await open();
    await page.getByRole('combobox', { name: 'Focus' }).selectOption('non-refoulement');
    await waitForGraph(page);
    expect(search(page).get('issue')).toBe('non-refoulement');
    expect(await drawnNode(page, 'non-refoulement').getAttribute('data-dimmed')).toBeNull();
    expect(await drawnNode(page, 'returns-unsafe').getAttribute('data-dimmed')).toBeNull();
    expect(await drawnNode(page, 'belgian-visas').count()).toBe(0);
    expect(
      await page.locator('[data-testid="graph"] [data-node-type="argument"]').count(),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  it('keeps the graph in sight when an actor without links is chosen, and the actor too', async () => {
    const { page } = await open();
    /** How many drawn nodes are faded (opacity below 1), and whether the ICC is among them. */
    const faded = () =>
      page.evaluate(() => {
        const nodes = [...document.querySelectorAll('[data-testid="graph"] .node')];
        const dim = nodes.filter((n) => Number(getComputedStyle(n).opacity) < 1);
        return {
          count: dim.length,
          icc: dim.some((n) => n.querySelector('[data-node-id="icc"]')),
        };
      });
    // The International Criminal Court takes no position: it has no link to show.
    await graphNode(page, 'icc').click();
    await details(page).getByRole('heading', { name: 'International Criminal Court' }).waitFor();
    // Before, the pointer resting on it faded all 39 other nodes and every link.
    expect(await faded()).toEqual({ count: 0, icc: false });
    // An actor with links still lights up its own and fades the rest.
    await graphNode(page, 'european-commission').hover();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="graph"] svg')?.hasAttribute('data-hovering'),
    );
    expect((await faded()).count).toBeGreaterThan(10);
    // Details says when the filters, not the debate, leave a node without links.
    const note = details(page).getByText(
      'None of its links show in the graph with the current filters.',
    );
    expect(await note.count()).toBe(0);
    await page.goto(app.url('?types=actor&select=united-nations'));
    await waitForReady(page);
    await note.waitFor();
    await page.context().close();
  });

  it('shows only the neighbourhood of the selection when asked', async () => {
    const { page } = await open('?select=belgium');
    const all = await page.locator('[data-testid="graph"] [data-node-id]').count();
    await page.getByRole('combobox', { name: 'Around the selection' }).selectOption('1');
    await waitForGraph(page);
    const near = await page.locator('[data-testid="graph"] [data-node-id]').count();
    expect(near).toBeLessThan(all);
    expect(await graphNode(page, 'belgium').count()).toBe(1);
    await page.context().close();
  });

  it('works by keyboard: Tab into the graph, arrows along links, Enter selects, Escape clears', async () => {
    const { page } = await open();
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.nodeId ?? null);
    for (let i = 0; i < 40 && !(await focused()); i++) await page.keyboard.press('Tab');
    const first = await focused();
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    // The neighbour is linked to where we came from.
    const linked = await page.evaluate(
      ([a, b]) =>
        document.querySelector(`[data-node-id="${a}"]`) !== null &&
        document.querySelector(`[data-node-id="${b}"]`) !== null,
      [first, second],
    );
    expect(linked).toBe(true);
    await page.keyboard.press('Enter');
    expect(search(page).get('select')).toBe(second);
    await details(page).waitFor();
    await page.keyboard.press('Escape');
    await details(page).waitFor({ state: 'detached' });
    expect(search(page).get('select')).toBeNull();
    expect(await focused()).toBe(second);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.context().close();
  });

  it('opens a link to exactly what it shows, survives a reload, and follows Back', async () => {
    const { page, errors } = await open(
      '?select=icc&types=issue,actor&q=court&issue=who-may-be-returned&select=icc',
    );
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'International Criminal Court',
    );
    expect(await page.getByRole('searchbox').inputValue()).toBe('court');
    expect(await page.locator('[data-testid="graph"] [data-node-type="position"]').count()).toBe(0);
    await page.reload();
    await waitForReady(page);
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'International Criminal Court',
    );

    await page.goto(app.url('?select=fidh'));
    await waitForReady(page);
    await page.goBack();
    await waitForReady(page);
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'International Criminal Court',
    );
    // In-page history: Back re-reads the address into the app.
    await page.evaluate(() => history.pushState(null, '', '?select=belgium'));
    await page.evaluate(() => history.pushState(null, '', '?select=meps'));
    await page.goBack();
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Belgium (Belgian authorities)',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the open details in place when the view around them changes', async () => {
    // A link that opens with a selection draws the details as soon as their code comes;
    // the page around them changing afterwards (here the list twin) must not replace the
    // panel's element under the reader (it once did, dropping their focus with it).
    const { page } = await open('?select=belgium');
    await details(page)
      .getByRole('heading', { level: 2, name: /Belgium/ })
      .waitFor();
    const panel = await details(page).elementHandle();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('navigation', { name: 'Graph as a list' }).waitFor();
    expect(await panel!.evaluate((element) => element.isConnected)).toBe(true);
    await page.context().close();
  });

  it('ignores unknown ids with a console warning', async () => {
    const { page } = await app.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(app.url('?select=nobody&issue=belgium&types=nonsense'));
    await waitForReady(page);
    expect(await details(page).count()).toBe(0);
    // One warning per ignored value, each naming the parameter, the value and why.
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('ignored select=nobody: no such node'),
        expect.stringContaining('ignored issue=belgium: no such issue'),
        expect.stringContaining('ignored types=nonsense: not one of'),
      ]),
    );
    await page.context().close();
  });

  it('does not animate under prefers-reduced-motion: the layout is settled at the first frame', async () => {
    const { page } = await open('', { reducedMotion: 'reduce' });
    const where = () => drawnNode(page, 'belgium').getAttribute('transform');
    const before = await where();
    await page.getByRole('checkbox', { name: 'Arguments' }).uncheck();
    await waitForGraph(page);
    const afterFilter = await where();
    await page.waitForTimeout(400);
    expect(await where()).toBe(afterFilter);
    expect(before).not.toBeNull();
    await page.context().close();
  });

  it('has no serious or critical axe violations, with and without a selection, and in list mode', async () => {
    const { page } = await open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await graphNode(page, 'fidh').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each([
    [360, 740],
    [1920, 1080],
  ])('fits %i px wide with no sideways scrolling (screenshot saved)', async (width, height) => {
    const { page } = await open('?select=european-commission', { viewport: { width, height } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `explore-${width}.png`) });
    await page.context().close();
  });
});
