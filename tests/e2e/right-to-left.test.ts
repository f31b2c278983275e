// Dari (?lang=fa-AF): the page reads right to left. The layout mirrors (measured, not
// assumed), nothing scrolls sideways on a phone, graph labels keep their places in SVG
// and on the canvas with Dari names in them, the Arabic-script face arrives only for
// Dari and travels inside the downloaded pictures, tour arrows follow the reading
// direction, and axe finds nothing serious. Screenshots at 360 and 1280 px are saved
// to test-results/ for a person to look at.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { DIST, useApp, waitForReady } from './support/fixture';

const app = useApp();
const SHOTS = 'test-results';

/** Some of the bundled debate's names in Dari, to see Arabic script in the graph. */
const DARI = {
  talks: 'آیا اتحادیه اروپا باید با نمایندگان طالبان درباره بازگرداندن افغان‌ها گفتگوی فنی کند؟',
  commission: 'کمیسیون اروپا',
  commissionShort: 'کمیسیون',
};

/** Serves the bundled debate with a Dari issue question and a Dari actor name. */
async function serveDariNames(page: Page): Promise<void> {
  const debate = JSON.parse(
    await readFile(path.join(DIST, 'data/eu-taliban-returns.json'), 'utf8'),
  );
  const issue = debate.issues.find((i: { id: string }) => i.id === 'talks-with-taliban');
  issue.question = DARI.talks;
  const actor = debate.actors.find((a: { id: string }) => a.id === 'european-commission');
  actor.name = DARI.commission;
  actor.shortName = DARI.commissionShort;
  await page.route(/\/data\/eu-taliban-returns\.json$/, (route: Route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(debate) }),
  );
}

/** Each node's label: its text and direction, and its own and its shape's boxes on the page. */
const labelBoxes = (nodes: Locator) =>
  nodes.evaluateAll((elements) =>
    elements.map((node) => {
      const text = node.querySelector('text')!;
      const box = ({ left, right, top, bottom }: DOMRect) => ({ left, right, top, bottom });
      return {
        text: text.textContent ?? '',
        direction: text.getAttribute('direction'),
        shape: box(node.querySelector('.node__shape')!.getBoundingClientRect()),
        label: box(text.getBoundingClientRect()),
      };
    }),
  );

async function openInDari(page: Page, query = ''): Promise<void> {
  await page.goto(app.url(`?lang=fa-AF${query}`));
  await waitForReady(page);
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
}

/** How far the page is wider than the screen. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

describe('Dari, right to left', () => {
  it('mirrors the explorer at 1280 px: title and first controls on the right, Details on the left of the graph', async () => {
    const { page, errors } = await app.newPage();
    await openInDari(page, '&select=european-commission');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa-AF');
    const details = page.getByRole('region', { name: 'جزئیات' });
    await details.waitFor();
    const detailsBox = (await details.boundingBox())!;
    const graph = await box(page, '[data-testid="graph"]');
    expect(detailsBox.x + detailsBox.width).toBeLessThanOrEqual(graph.x + 1);
    // The header's first row starts at the right: the title lies right of the search box.
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    const search = (await page.getByRole('searchbox').first().boundingBox())!;
    expect(title.x).toBeGreaterThan(search.x + search.width);
    expect(title.x + title.width).toBeGreaterThan(1280 / 2);
    // The first filter control starts at the right; the next lies to its left.
    const checks = page.getByRole('group', { name: 'فیلترهای گراف' }).getByRole('checkbox');
    const first = (await checks.nth(0).boundingBox())!;
    const second = (await checks.nth(1).boundingBox())!;
    expect(first.x).toBeGreaterThan(second.x);
    // The Details panel's text starts at its right edge.
    const heading = details.getByRole('heading', { level: 2 });
    const align = await heading.evaluate((h) => getComputedStyle(h).textAlign);
    expect(['start', 'right']).toContain(align);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'dari-graph-1280.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const view of ['compare', 'matrix', 'arguments', 'timeline', 'sources', 'stand'])
    it(`shows ${view} at 360 px with nothing wider than the screen, axe clean`, async () => {
      const { page, errors } = await app.newPage({ viewport: { width: 360, height: 740 } });
      await openInDari(
        page,
        `&view=${view}&compare=european-commission,meps,open-letter-coalition&select=returns-unsafe`,
      );
      await page.locator(`#main > .${view}`).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `dari-${view}-360.png`) });
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('names the issues of the phone map to the left of their squares, in Dari, none over another', async () => {
    const { page } = await app.newPage({ viewport: { width: 360, height: 740 } });
    await serveDariNames(page);
    await openInDari(page);
    await page.locator('[data-label-fits] .node__label').first().waitFor();
    const labels = await labelBoxes(page.locator('.node--issue[data-label-fits]'));
    expect(labels.length).toBeGreaterThan(3);
    const dari = labels.find((l) => l.text.startsWith('آیا اتحادیه'));
    expect(dari?.direction).toBe('rtl');
    for (const l of labels) expect(l.label.right, l.text).toBeLessThanOrEqual(l.shape.left + 1);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(a.label.bottom <= b.label.top || b.label.bottom <= a.label.top).toBe(true);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'dari-map-360.png') });
    await page.context().close();
  });

  it('keeps a Dari label beside its node in the full graph, in its own direction', async () => {
    const { page } = await app.newPage();
    await serveDariNames(page);
    await openInDari(page, '&types=issue,actor');
    await page.locator('[data-label-fits] .node__label').first().waitFor();
    const placed = (await labelBoxes(page.locator('.node[data-label-fits]'))).map(
      ({ text, direction, shape, label }) => ({
        text,
        direction,
        overlap:
          Math.max(0, Math.min(shape.right, label.right) - Math.max(shape.left, label.left)) *
          Math.max(0, Math.min(shape.bottom, label.bottom) - Math.max(shape.top, label.top)),
      }),
    );
    // A label anchored on the wrong side would lie over its own node.
    for (const p of placed) expect(p.overlap, p.text).toBeLessThan(4);
    expect(placed.find((p) => p.text.includes('آیا اتحادیه'))?.direction).toBe('rtl');
    expect(placed.find((p) => p.text.startsWith('Belgium'))?.direction).toBe('ltr');
    await page.context().close();
  });

  it('draws canvas labels in their own direction', async () => {
    const { page } = await app.newPage();
    await serveDariNames(page);
    await page.addInitScript(() => {
      const drawn: [string, string][] = [];
      (window as unknown as { drawnLabels: [string, string][] }).drawnLabels = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, max) {
        drawn.push([text, this.direction]);
        return fillText.call(this, text, x, y, max);
      };
    });
    await openInDari(page, '&renderer=canvas&types=issue,actor');
    const drawn = () =>
      page.evaluate(() => (window as unknown as { drawnLabels: [string, string][] }).drawnLabels);
    await page.waitForFunction(() =>
      (window as unknown as { drawnLabels: [string, string][] }).drawnLabels.some(([t]) =>
        t.startsWith('کمیسیون'),
      ),
    );
    const labels = new Map(await drawn());
    expect(labels.get(DARI.commissionShort)).toBe('rtl');
    expect([...labels].find(([t]) => /^[A-Z]/.test(t))?.[1]).toBe('ltr');
    await page.context().close();
  });

  it('fetches the Arabic-script face for Dari only', async () => {
    const fonts = async (query: string, dari: boolean) => {
      const { page } = await app.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('.woff2')) fetched.push(r.url());
      });
      if (dari) await openInDari(page, query);
      else {
        await page.goto(app.url(query));
        await waitForReady(page);
      }
      await page.evaluate(() => document.fonts.ready);
      const loaded = await page.evaluate(() =>
        document.fonts.check('16px "Stancemap Arabic"', 'ب'),
      );
      await page.context().close();
      return { fetched, loaded };
    };
    const english = await fonts('?lang=en', false);
    expect(english.fetched).toEqual([]);
    const dari = await fonts('', true);
    expect(dari.fetched).toHaveLength(1);
    expect(dari.fetched[0]).toMatch(/vazirmatn-arabic/);
    expect(dari.loaded).toBe(true);
  });

  it('moves a tour forward with the left arrow, the reading direction', async () => {
    const { page } = await app.newPage();
    await openInDari(page, '&tour=classroom-tour&step=1');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '1');
    await page.locator('body').press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    await page.locator('body').press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '1');
    await page.context().close();
  });
});

/** The timeline's own words, in English: none may be left in another language. */
const ENGLISH_TIMELINE = /Timeline|in date order|As of|Actors:|Show all|All events|Events/;

describe('the timeline in every language', () => {
  for (const lang of ['fr', 'nl', 'de', 'fa-AF'])
    it(`shows no English leftovers in ${lang}`, async () => {
      const { page, errors } = await app.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(app.url(`?lang=${lang}&view=timeline&at=2026-01`));
      await waitForReady(page);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const timeline = page.locator('#main > .timeline');
      await timeline.waitFor();
      const words = await timeline.evaluate((root) => {
        // The app's own words: everything but the debate's texts (isolated in <bdi>),
        // its glossary terms and its quotes.
        const clone = root.cloneNode(true) as HTMLElement;
        clone
          .querySelectorAll('bdi, .tl-event__title, .tl-event__summary, .evidence, details')
          .forEach((n) => n.remove());
        return [clone.textContent ?? '', root.getAttribute('aria-label') ?? ''].join(' | ');
      });
      expect(words).not.toMatch(ENGLISH_TIMELINE);
      expect(await seriousAxeViolations(page)).toEqual([]);
      if (lang === 'fa-AF')
        await page.screenshot({ path: path.join(SHOTS, 'dari-timeline-1280.png') });
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
