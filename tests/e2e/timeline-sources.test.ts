import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { serveBundledWith, useApp, waitForReady } from './support/fixture';

const app = useApp();

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** An element's left and right edges in page pixels; a failure names what is missing. */
async function edges(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, `${what} is not shown`).not.toBeNull();
  return { left: Math.floor(box!.x), right: Math.ceil(box!.x + box!.width) };
}

const eventTitles = (page: Page, scope = page.getByRole('region', { name: 'Timeline' })) =>
  scope
    .locator('article')
    .evaluateAll((articles) => articles.map((a) => a.querySelector('h3, h4')?.textContent ?? ''));

describe('timeline in Chromium', () => {
  it('shows events in date order, month-only dates as months', async () => {
    const { page, errors } = await app.openReady('?view=timeline');
    const region = page.getByRole('region', { name: 'Timeline' });
    const times = await region
      .locator('article time')
      .evaluateAll((els) => els.map((t) => [t.getAttribute('datetime'), t.textContent]));
    const dates = times.map(([iso]) => iso ?? '');
    expect(dates).toEqual(['2021', '2021-08', '2026-05', '2026-06-22', '2026-06-23']);
    expect(times.find(([iso]) => iso === '2021-08')?.[1]).toBe('August 2021');
    expect(times.find(([iso]) => iso === '2026-05')?.[1]).toBe('May 2026');
    expect(times.find(([iso]) => iso === '2021')?.[1]).toBe('2021');
    expect(await region.locator('article .tag', { hasText: 'Year assumed' }).count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sets "as of" with the slider: at= in the link, later events marked, Back undoes it', async () => {
    const { page, errors } = await app.openReady('?view=timeline');
    const slider = page.getByRole('slider', { name: 'As of' });
    await slider.focus();
    // From "All", three steps back: the events of 22 and 23 June come later.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(new URL(page.url()).searchParams.get('at')).toBe('2026-05');
    expect(await slider.getAttribute('aria-valuetext')).toBe('May 2026');
    const later = page.getByRole('region', { name: 'After May 2026' });
    expect(await eventTitles(page, later)).toEqual([
      'Reuters reports Belgium issued five one-day visas',
      'Scheduled technical meeting in Brussels on returns',
    ]);
    expect(await later.getByText('Later', { exact: true }).count()).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Turning "as of" on was its own history entry; sliding within it was not.
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('at'));
    expect(await page.getByRole('region', { name: /^After/ }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('view')).toBe('timeline');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a link with at= and ignores an invalid one with a warning', async () => {
    const { page } = await app.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(app.url('?view=timeline&at=2021-12'));
    await waitForReady(page);
    expect(
      await eventTitles(page, page.getByRole('region', { name: 'After December 2021' })),
    ).toHaveLength(3);
    await page.goto(app.url('?view=timeline&at=2026-02-30'));
    await waitForReady(page);
    expect(await page.getByRole('region', { name: /^After/ }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('at')).toBe(false);
    expect(warnings.some((w) => w.includes('ignored at=2026-02-30'))).toBe(true);
    await page.context().close();
  });

  it('opens a glossary popover by keyboard and closes it with Escape', async () => {
    const { page } = await app.openReady('?view=timeline');
    const term = page.getByRole('button', { name: /\(glossary\)$/ }).first();
    await term.focus();
    await page.keyboard.press('Enter');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const popover = page.locator('.glossary-pop');
    expect(await popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toMatch(/\S/);
    const { left, right } = await edges(popover, 'the glossary popover');
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(1280);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    expect(await popover.count()).toBe(0);
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('fits a phone with no sideways scrolling, popover open or not', async () => {
    const { page } = await app.openReady('?view=timeline&at=2026-05', {
      viewport: { width: 360, height: 740 },
    });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/timeline-360.png', fullPage: true });
    const terms = page.getByRole('button', { name: /\(glossary\)$/ });
    for (let i = 0; i < (await terms.count()); i++) {
      await terms.nth(i).scrollIntoViewIfNeeded();
      await terms.nth(i).click();
      const { left, right } = await edges(page.locator('.glossary-pop'), `glossary popover ${i}`);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(360);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // An open definition may cover the next term: close it, as a reader would.
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });

  it('looks right at 1280 px: split at the date, the selection named, nothing cut off', async () => {
    const { page, errors } = await app.openReady('?view=timeline&at=2026-05&select=belgium');
    await page.screenshot({ path: 'test-results/timeline-1280.png', fullPage: true });
    const region = page.getByRole('region', { name: 'Timeline' });
    expect(await region.getByText(/^Highlighted: the events of/).textContent()).toContain(
      'Highlighted: the events of Belgium',
    );
    expect(
      await eventTitles(page, region.getByRole('list', { name: 'Up to May 2026' })),
    ).toHaveLength(3);
    const after = region.getByRole('region', { name: 'After May 2026' });
    expect(await eventTitles(page, after)).toHaveLength(2);
    // Every event card lies inside the window, and nothing scrolls sideways.
    const rights = await region
      .locator('article')
      .evaluateAll((cards) => cards.map((card) => Math.ceil(card.getBoundingClientRect().right)));
    expect(rights).toHaveLength(5);
    expect(Math.max(...rights)).toBeLessThanOrEqual(1280);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('sources and glossary in Chromium', () => {
  it('lists every source, with no link for a source without an address', async () => {
    const { page, errors } = await app.openReady('?view=sources');
    const region = page.getByRole('region', { name: 'Sources and glossary' });
    const sources = region.locator('.source-list > li');
    expect(await sources.count()).toBe(8);
    // The bundled sources give no addresses: none may become a link.
    expect(await region.locator('.source__title a').count()).toBe(0);
    expect(await sources.first().textContent()).toContain('Cited by');
    await sources
      .first()
      .getByText(/^What cites it/)
      .click();
    await sources.first().getByRole('button').first().click();
    expect(new URL(page.url()).searchParams.get('select')).not.toBeNull();

    const terms = await region
      .locator('#glossary-list dt')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(terms.length).toBe(19);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')));
    expect(await region.locator('#glossary-non-refoulement').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/sources-1280.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links out safely when a source has an address', async () => {
    const { page } = await app.newPage();
    // The bundled debate, served with one source given an address.
    await serveBundledWith(page, (doc) => (doc.sources[0]!.url = 'https://example.org/article-a'));
    await page.goto(app.url('?view=sources'));
    await waitForReady(page);
    const links = page.locator('.source__title a');
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('https://example.org/article-a');
    expect(await links.getAttribute('target')).toBe('_blank');
    expect(await links.getAttribute('rel')).toBe('noopener noreferrer');
    await page.context().close();
  });

  it('fits a phone with no sideways scrolling', async () => {
    const { page } = await app.openReady('?view=sources', {
      viewport: { width: 360, height: 740 },
    });
    for (const details of await page.locator('.source details').all()) await details.click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/sources-360.png', fullPage: true });
    await page.context().close();
  });
});
