// The stance matrix in Chromium: the table of who holds what on the bundled debate,
// a cell's evidence, sorting by agreement, narrow screens, axe-core and screenshots.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

async function open(query = '?view=matrix', options = {}) {
  const { page, errors } = await app.newPage(options);
  await page.goto(app.url(query));
  await waitForReady(page);
  await page.getByRole('table').waitFor();
  return { page, errors };
}

const matrix = (page: Page) => page.getByRole('region', { name: 'Stance matrix' });
const rowHeaders = (page: Page) => matrix(page).getByRole('rowheader');

describe('the stance matrix', () => {
  it('shows every actor against every position, grouped by issue', async () => {
    const { page, errors } = await open();
    const table = matrix(page).getByRole('table');
    expect(await table.locator('caption').textContent()).toMatch(
      /Who holds what: 20 actors × 15 positions/,
    );
    expect(await rowHeaders(page).count()).toBeGreaterThanOrEqual(20);
    // Two header rows: the 6 issues over their positions, then the 15 positions.
    const [issueRow, positionRow] = [0, 1].map((i) => table.locator('thead tr').nth(i));
    expect(await issueRow!.locator('th[scope="colgroup"]').count()).toBe(6);
    expect(await positionRow!.getByRole('columnheader').count()).toBe(15);
    expect(await table.getByRole('columnheader').count()).toBe(1 + 6 + 15);
    expect(await rowHeaders(page).first().textContent()).toBe('Activists and Afghan campaigners');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a cell’s evidence in a dialog, and Escape closes it', async () => {
    const { page } = await open();
    const cell = page.getByRole('button', {
      name: /^European Commission: For — Yes: the EU should hold technical talks/,
    });
    await cell.click();
    const dialog = page.getByRole('dialog', { name: 'European Commission: For' });
    await dialog.waitFor();
    expect(await dialog.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await dialog.textContent()).toContain('Position: Yes: the EU should hold technical');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'matrix-dialog.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the cell the reader came from.
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('sorts by agreement with the European Commission: the Commission first, then its allies', async () => {
    const { page } = await open();
    await page.getByRole('combobox', { name: 'Sort actors' }).selectOption('agreement');
    await page
      .getByRole('combobox', { name: 'Reference actor' })
      .selectOption('european-commission');
    expect(await rowHeaders(page).first().textContent()).toBe('European Commission');
    expect(
      await page.getByRole('columnheader', { name: 'Agreement with Commission' }).count(),
    ).toBe(1);
    expect(await page.getByText('How the score works:').count()).toBe(1);
    await page.getByRole('button', { name: 'Compare the top 3' }).waitFor();
    await page.context().close();
  });

  it('selects an actor from its row header', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'International Criminal Court' }).click();
    expect(new URL(page.url()).searchParams.get('select')).toBe('icc');
    expect(
      await page
        .getByRole('button', { name: 'International Criminal Court' })
        .getAttribute('aria-current'),
    ).toBe('true');
    await page.context().close();
  });

  it.each(['ltr', 'rtl'])(
    'brings a focused issue’s columns into view past the actor column (%s)',
    async (direction) => {
      const rtl = direction === 'rtl';
      /** Where the safeguards issue's header lies against the scroller and the actor column. */
      const place = async (query: string) => {
        const { page, errors } = await open(query, { viewport: { width: 1280, height: 800 } });
        const scroller = await page.locator('.matrix__scroller').boundingBox();
        const corner = await page.locator('.matrix__corner').boundingBox();
        const issue = await page
          .getByRole('columnheader', { name: /What should the EU demand/ })
          .boundingBox();
        if (!scroller || !corner || !issue) throw new Error('the matrix is not drawn');
        expect(errors).toEqual([]);
        await page.context().close();
        return {
          // Past the sticky actor column, in the reading direction.
          pastActors: rtl
            ? issue.x + issue.width <= corner.x + 1
            : issue.x >= corner.x + corner.width - 1,
          inside:
            issue.x >= scroller.x - 1 && issue.x + issue.width <= scroller.x + scroller.width + 1,
        };
      };
      const lang = rtl ? '&lang=fa-AF' : '';
      // Without a focus, the matrix opens at its first issues and this one is cut off.
      expect(await place(`?view=matrix${lang}`)).toMatchObject({ inside: false });
      expect(await place(`?view=matrix&issue=safeguards${lang}`)).toEqual({
        pastActors: true,
        inside: true,
      });
    },
  );

  it('has no serious or critical axe violations, in each sort order', async () => {
    const { page } = await open('?view=matrix&select=european-commission');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Sort actors' }).selectOption('kind');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Sort actors' }).selectOption('agreement');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is dark-theme ready (screenshot saved)', async () => {
    const { page } = await open('?view=matrix&theme=dark&select=belgium', {
      colorScheme: 'dark',
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'matrix-dark-1280.png') });
    await page.context().close();
  });

  it.each([
    [1280, 800],
    [360, 740],
  ])(
    'fits %i px wide: the table scrolls inside its box, the page never sideways (screenshot saved)',
    async (width, height) => {
      const { page } = await open('?view=matrix&select=european-commission', {
        viewport: { width, height },
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // The matrix is wider than the screen, so its own box scrolls, and the names stay put.
      const box = matrix(page);
      const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(scrolls).toBe(true);
      const before = await rowHeaders(page).first().boundingBox();
      await box.evaluate((el) => el.scrollBy(400, 0));
      const after = await rowHeaders(page).first().boundingBox();
      expect(after?.x).toBe(before?.x);
      await box.evaluate((el) => el.scrollTo(0, 0));
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `matrix-${width}.png`) });
      await page.context().close();
    },
  );
});
