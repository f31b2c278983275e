// The graph as a new user meets it: under reduced motion nothing moves after ready;
// on touch the page scrolls over the graph until the reader taps it; a tour's labels
// read from the back row and its step comes close; the picture for slides is 16:9.
// (The size table is graph-sizes.test.ts and `npm run legibility`.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { useApp, waitForReady } from './support/fixture';
import { bundledDebate, expectedNames, measureInPage } from './support/legibility';

const app = useApp();

/** Where every node and label is drawn, as one string. */
const picture = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="graph"] .node, [data-label-for]')]
      .map((n) => `${n.getAttribute('transform')} ${n.getAttribute('x')} ${n.getAttribute('y')}`)
      .join('|'),
  );

/** Resolves after `count` animation frames: real frames the page has drawn. */
const frames = (page: Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) =>
          left ? requestAnimationFrame(() => step(left - 1)) : resolve();
        step(n);
      }),
    count,
  );

async function open(query: string, width: number, height: number, touch = false) {
  const { page, errors } = await app.newPage({
    viewport: { width, height },
    hasTouch: touch,
    isMobile: touch,
    reducedMotion: 'reduce',
  });
  await page.goto(app.url(query));
  await waitForReady(page);
  return { page, errors };
}

describe('a graph a student can read at a glance', () => {
  it('moves nothing after ready under reduced motion', async () => {
    const { page } = await open('', 1280, 800);
    const first = await picture(page);
    await frames(page, 30);
    expect(await picture(page)).toBe(first);
    await page.context().close();
  });

  it('lets the page scroll over the graph on a touch screen until the reader taps it', async () => {
    const { page } = await open('', 360, 740, true);
    const gate = page.locator('[data-testid="graph"] .activation-gate');
    expect(await gate.getAttribute('data-gestures')).toBe('page');
    expect(await gate.getByText('Tap to explore the graph').count()).toBe(1);
    const touchAction = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.graph__svg')!).touchAction);
    expect(await touchAction()).toBe('manipulation');
    // The map of issues is as tall as it is (every issue named, none under the hint), and
    // ends on the first screen, with the page's next section showing below it.
    const graphBottom = await gate.evaluate((g) => g.getBoundingClientRect().bottom);
    expect(graphBottom).toBeLessThan(740 - 24);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(740);
    await page.locator('[data-testid="graph"] svg').tap({ position: { x: 5, y: 5 } });
    expect(await gate.getAttribute('data-gestures')).toBe('graph');
    await page.context().close();
  });

  it('on a phone, draws a focus’s links as a tree: no link runs along another', async () => {
    const { page, errors } = await open('?issue=talks-with-taliban', 360, 740, true);
    // Points along each drawn link that lie on another link running the same way: where
    // links drawn straight ran side by side as a band. (A branch meets its trunk across it.)
    const shared = await page.evaluate(() => {
      const lines = [...document.querySelectorAll<SVGLineElement>('.graph__edges line')]
        .filter((l) => getComputedStyle(l).display !== 'none')
        .map((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));
      const distance = ([x1, y1, x2, y2]: number[], x: number, y: number) => {
        const dx = x2! - x1!;
        const dy = y2! - y1!;
        const t = Math.max(
          0,
          Math.min(1, ((x - x1!) * dx + (y - y1!) * dy) / (dx * dx + dy * dy || 1)),
        );
        return Math.hypot(x - x1! - t * dx, y - y1! - t * dy);
      };
      let count = 0;
      lines.forEach((line, i) => {
        const [x1, y1, x2, y2] = line as [number, number, number, number];
        const length = Math.hypot(x2 - x1, y2 - y1);
        for (let d = 4; d < length - 4; d += 2) {
          const x = x1 + ((x2 - x1) * d) / length;
          const y = y1 + ((y2 - y1) * d) / length;
          const alongside = (other: number[]) => {
            const [ox1, oy1, ox2, oy2] = other as [number, number, number, number];
            const cross = (x2 - x1) * (oy2 - oy1) - (y2 - y1) * (ox2 - ox1);
            const sine = Math.abs(cross) / (length * Math.hypot(ox2 - ox1, oy2 - oy1) || 1);
            return sine < 0.2 && distance(other, x, y) < 1.5;
          };
          if (lines.some((other, j) => j !== i && alongside(other))) count++;
        }
      });
      return { count, lines: lines.length };
    });
    expect(shared.lines).toBeGreaterThan(10);
    expect(shared.count).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in a tour, labels read from the back row and the step’s issue comes close', async () => {
    const issueWidth = (page: Page) =>
      page.evaluate(
        () =>
          document
            .querySelector('.node:has([data-node-id="talks-with-taliban"]) .node__shape')
            ?.getBoundingClientRect().width ?? 0,
      );
    const overview = await open('', 1920, 1080);
    const before = await issueWidth(overview.page);
    await overview.page.context().close();

    const { page, errors } = await open('?tour=classroom-tour&step=8&view=graph', 1920, 1080);
    // The step brings its issue closer than the overview draws it.
    await page.waitForFunction((min) => {
      const shape = document.querySelector(
        '.node:has([data-node-id="talks-with-taliban"]) .node__shape',
      );
      return shape !== null && shape.getBoundingClientRect().width > min * 1.5;
    }, before);
    // The measuring function is compiled by the test runner, which may name it with a helper.
    await page.evaluate('globalThis.__name = (f) => f');
    const m = await page.evaluate(measureInPage, expectedNames('talks-with-taliban'));
    expect(m.labelledNamed).toBeGreaterThan(0);
    expect(m.smallestLabelPx).toBeGreaterThanOrEqual(18);
    expect(m.labelOverlaps).toBe(0);
    expect(m.labelsCutOff).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a projector (1920 px, contrast theme), every graph label reads from the back row', async () => {
    const { page, errors } = await open('?theme=contrast', 1920, 1080);
    // The measuring function is compiled by the test runner, which may name it with a helper.
    await page.evaluate('globalThis.__name = (f) => f');
    const m = await page.evaluate(measureInPage, expectedNames(null));
    expect(m.labelledNamed).toBeGreaterThan(0);
    expect(m.smallestLabelPx).toBeGreaterThanOrEqual(18);
    expect(m.labelOverlaps).toBe(0);
    expect(m.labelsOnNodes).toBe(0);
    expect(m.labelsCutOff).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saves a 16:9 picture for slides: the full title, and the legend’s dashed links', async () => {
    const { page } = await open('', 1280, 800);
    await page.locator('summary', { hasText: 'Menu' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Graph as SVG' }).click(),
    ]);
    const svg = await readFile((await download.path())!, 'utf8');
    await page.context().close();
    expect(svg).toMatch(/<svg[^>]* width="1920" height="1080"/);
    const title = bundledDebate.meta.title;
    const drawn = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ');
    expect(drawn.replaceAll('&amp;', '&')).toContain(title);
    // The "opposes" sample is dashed, as on screen, not a solid line.
    const legendLines = [...svg.matchAll(/<line [^>]*stroke-dasharray="([^"]+)"[^>]*\/>/g)].map(
      (l) => l[1],
    );
    expect(legendLines.filter((d) => d !== 'none').length).toBeGreaterThanOrEqual(5);
  });
});
