// A debate at the format's limits (20,000 nodes, 40,000 edges, from the bench's
// generator) in Chromium: it loads, its layout runs in the worker with its progress
// shown, the page answers meanwhile, and a node is selected through the canvas's test
// hooks once the layout rests. Every wait is on a signal, with room for a loaded machine.
import { describe, expect, it } from 'vitest';
import { syntheticDebate } from '../../bench/synthetic-debate';
import { DEFAULT_LIMITS } from '../../src/loader/limits';
import { useApp, serveAsBundled } from './support/fixture';

const app = useApp();
/** A loaded machine needs minutes for this much; a quiet one, seconds. */
const PATIENCE = 240_000;

interface Named {
  readonly id: string;
  readonly name?: string;
  readonly question?: string;
  readonly statement?: string;
  readonly claim?: string;
}

describe('a debate at the limits', () => {
  it(
    'loads 20,000 nodes, shows the layout’s progress, and selects a node by click',
    async () => {
      const doc = syntheticDebate({ nodes: DEFAULT_LIMITS.maxNodes });
      const text = JSON.stringify(doc);
      const headings = new Map<string, string>();
      for (const key of ['issues', 'positions', 'actors', 'arguments'])
        for (const node of doc[key] as Named[])
          headings.set(node.id, node.name ?? node.question ?? node.statement ?? node.claim ?? '');

      const { page, errors } = await app.newPage();
      await serveAsBundled(page, text);
      await page.goto(app.url());
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
        timeout: PATIENCE,
      });
      const graph = page.getByTestId('graph');
      expect(await graph.locator('[data-renderer="canvas"]').count()).toBe(1);
      // The overview folds arguments into their positions: thousands of nodes, not all.
      expect(
        await graph.getByRole('group', { name: /^Debate graph of \d{1,2},\d{3} nodes/ }).count(),
      ).toBe(1);
      // The layout of thousands of nodes takes seconds anywhere: its progress is on screen.
      const progress = page.getByRole('progressbar', { name: 'Laying out the graph' });
      await progress.waitFor({ state: 'visible', timeout: PATIENCE });

      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('[data-layout]')?.dataset.layout === 'idle',
        null,
        { timeout: PATIENCE, polling: 500 },
      );
      await progress.waitFor({ state: 'hidden' });

      // A node where the hook says one is drawn, near the middle of the picture.
      const target = await page.evaluate(() => {
        const canvas = document.querySelector(
          '[data-testid="graph"] canvas',
        ) as HTMLCanvasElement & {
          stancemapNodeAt(x: number, y: number): string | null;
        };
        const rect = canvas.getBoundingClientRect();
        const [cx, cy] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
        for (let r = 0; r < Math.min(rect.width, rect.height) / 2; r += 3)
          for (let a = 0; a < 360; a += 15) {
            const x = cx + r * Math.cos((a * Math.PI) / 180);
            const y = cy + r * Math.sin((a * Math.PI) / 180);
            const id = canvas.stancemapNodeAt(x, y);
            if (id) return { id, x, y };
          }
        return null;
      });
      expect(target, 'a node under the middle of the picture').not.toBeNull();
      await page.mouse.click(target!.x, target!.y);
      const details = page.getByRole('region', { name: 'Details' });
      await expect
        .poll(() => details.getByRole('heading', { level: 2 }).textContent(), {
          timeout: PATIENCE,
        })
        .toBe(headings.get(target!.id));
      expect(new URL(page.url()).searchParams.get('select')).toBe(target!.id);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    PATIENCE * 3,
  );
});
