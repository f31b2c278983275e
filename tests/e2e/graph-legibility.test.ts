// The graph as a new user meets it: under reduced motion nothing moves after ready;
// on touch the page scrolls over the graph until the reader taps it. (The label
// measurements at each size are `npm run legibility`, docs/legibility.md.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp, waitForReady } from './support/fixture';

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
    const graphHeight = await gate.evaluate((g) => g.getBoundingClientRect().height);
    expect(graphHeight).toBeLessThan(740 * 0.65);
    await page.locator('[data-testid="graph"] svg').tap({ position: { x: 5, y: 5 } });
    expect(await gate.getAttribute('data-gestures')).toBe('graph');
    await page.context().close();
  });
});
