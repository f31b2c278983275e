// The canvas renderer in Chromium, on the bundled debate (?renderer=canvas) and on a
// 2,000-node synthetic one: its layout worker starts under the strict CSP, a click
// selects, the keyboard works, the list twin stays, axe is content, and screenshots.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticDebate } from '../../bench/synthetic-debate';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady, serveAsBundled } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const canvas = (page: Page) => page.locator('[data-testid="graph"] canvas');

/** Where the canvas draws a node (its test hook), in page coordinates. */
function pointOf(page: Page, id: string) {
  return page.evaluate(
    (nodeId) =>
      (
        document.querySelector('[data-testid="graph"] canvas') as HTMLCanvasElement & {
          stancemapPointOf(id: string): { x: number; y: number } | null;
        }
      ).stancemapPointOf(nodeId),
    id,
  );
}

/**
 * How many pixels the canvas paints in the text colour. Labels are written in it; the
 * shapes are filled with the palette, so at the fitted overview (no labels) it is low.
 */
function textPixels(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="graph"] canvas')!;
    const probe = canvas.parentElement!.appendChild(document.createElement('span'));
    probe.style.color = 'var(--text)';
    const [r, g, b] = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number);
    probe.remove();
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const off =
        Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!);
      if (off < 30 && data[i + 3]! > 200) count += 1;
    }
    return count;
  });
}

const layoutIdle = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-layout]')?.dataset.layout === 'idle',
    null,
    { timeout: 30_000 },
  );

describe('the canvas renderer', () => {
  it('draws the bundled debate on request, lays it out in a worker, and selects by click', async () => {
    const { page, errors } = await app.openReady('?renderer=canvas');
    expect(await canvas(page).count()).toBe(1);
    expect(await page.locator('[data-testid="graph"] [data-node-id]').count()).toBe(0);
    await layoutIdle(page);
    const workers = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => /layout\.worker/.test(e.name)),
    );
    expect(workers.length).toBe(1);
    const point = await pointOf(page, 'european-commission');
    expect(point).not.toBeNull();
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect(details(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'European Commission',
    );
    expect(new URL(page.url()).searchParams.get('select')).toBe('european-commission');
    // The list twin is the way to every node by name.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    expect(await page.getByRole('navigation', { name: 'Graph as a list' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works by keyboard: Tab to the canvas, arrows along links, Enter selects', async () => {
    const { page } = await app.openReady('?renderer=canvas&select=belgium');
    await layoutIdle(page);
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate(() => document.activeElement?.tagName === 'CANVAS')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const selected = new URL(page.url()).searchParams.get('select');
    expect(selected).not.toBeNull();
    expect(selected).not.toBe('belgium');
    await details(page).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a 2,000-node debate on a canvas by itself (screenshot saved)', async () => {
    const text = JSON.stringify(syntheticDebate({ nodes: 2_000, seed: 1 }));
    const { page, errors } = await app.newPage();
    await serveAsBundled(page, text);
    await page.goto(app.url());
    await waitForReady(page);
    expect(await canvas(page).count()).toBe(1);
    await layoutIdle(page);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'canvas-2000.png') });
    // Zoomed in, the labels appear: five steps of 1.4 spread the nodes apart (the test
    // hook says where each is drawn), and text-coloured pixels go from none to labels.
    const issues = (JSON.parse(text) as { issues: { id: string }[] }).issues.map((i) => i.id);
    const spread = async () => {
      const [a, b] = [await pointOf(page, issues[0]!), await pointOf(page, issues[1]!)];
      expect(a, `the test hook places ${issues[0]}`).not.toBeNull();
      expect(b, `the test hook places ${issues[1]}`).not.toBeNull();
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    const before = { spread: await spread(), text: await textPixels(page) };
    expect(before.text).toBe(0);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await spread()) / before.spread).toBeCloseTo(1.4 ** 5, 1);
    // Labels are placed a moment after the zoom settles: wait for them, not for a time.
    // 200 pixels is a handful of short labels; the zoomed view shows dozens.
    await expect.poll(() => textPixels(page), { timeout: 15_000 }).toBeGreaterThan(200);
    await page.screenshot({ path: path.join(SHOTS, 'canvas-2000-zoomed.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
