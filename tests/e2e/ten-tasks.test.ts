// The ten everyday tasks of issue 19, walked through as new users would: a student on a
// 360 px phone with touch and on a 1280 px laptop, a teacher at a 1920 px projector in
// the contrast theme, a journalist embedding at 320 px, a keyboard-only user. Each task
// is found by role and name, from the first screen, and each screen it passes through
// is saved under test-results/ten-tasks/ to be looked at.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/ten-tasks');
const DEBATE = JSON.parse(
  await readFile(path.resolve(import.meta.dirname, '../../data/eu-taliban-returns.json'), 'utf8'),
) as {
  tours: {
    id: string;
    steps: { title: string; view: string; focus?: string[]; compare?: string[] }[];
  }[];
};

type Device = 'phone' | 'laptop' | 'projector';
const DEVICES: Record<Device, { options: BrowserContextOptions; query: string }> = {
  phone: {
    options: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
    query: '',
  },
  laptop: { options: { viewport: { width: 1280, height: 800 } }, query: '' },
  // The room's screen: big, in the contrast theme that survives a washed-out projector.
  projector: { options: { viewport: { width: 1920, height: 1080 } }, query: 'theme=contrast' },
};
const ALL: readonly Device[] = ['phone', 'laptop', 'projector'];
/** A task walked on three devices opens several pages; on a loaded machine that is slow. */
const LONG = 240_000;

async function open(device: Device, query = '') {
  const { options, query: extra } = DEVICES[device];
  const params = [query.replace(/^\?/, ''), extra].filter(Boolean).join('&');
  const { page, errors } = await app.newPage(options);
  await page.goto(app.url(params ? `?${params}` : ''));
  await waitForReady(page);
  return { page, errors };
}

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** A tap on touch screens, a click elsewhere. */
async function press(device: Device, target: ReturnType<Page['locator']>) {
  await target.scrollIntoViewIfNeeded();
  if (device === 'phone') await target.tap();
  else await target.click();
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const view = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search the debate' });
  await box.fill(query);
  await box.press('Enter');
}

describe('ten tasks, tried again as new users would', () => {
  it(
    '1. finds what the debate is about and its main actors',
    async () => {
      for (const device of ALL) {
        const { page, errors } = await open(device);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Taliban/);
        const about = page.getByRole('region', { name: 'About this debate' });
        await about.scrollIntoViewIfNeeded();
        expect(await about.textContent()).toMatch(/Belgium issued/);
        await shot(page, `1-about-${device}`);
        // The actors: the rows of the matrix, each with where it stands.
        await press(device, view(page, 'Matrix'));
        const table = page.getByRole('table');
        await table.waitFor();
        const rows = await table.getByRole('rowheader').allTextContents();
        for (const actor of ['European Commission', 'Taliban', 'Human rights groups'])
          expect(
            rows.some((row) => row.includes(actor)),
            `${device}: ${actor}`,
          ).toBe(true);
        expect(await sideways(page), device).toBe(0);
        await shot(page, `1-actors-${device}`);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    },
    LONG,
  );

  it(
    '2. finds who opposes the talks, and their quotes',
    async () => {
      for (const device of ALL) {
        const { page } = await open(device);
        await search(page, 'technical talks');
        const panel = details(page);
        await panel.getByRole('heading', { level: 2, name: /technical talks/ }).waitFor();
        // The issue lists its answers; the "No" answer is the opposition to the talks.
        await press(device, panel.getByRole('button', { name: /^No: the EU should not engage/ }));
        await panel
          .getByRole('heading', { level: 2, name: /^No: the EU should not engage/ })
          .waitFor();
        await panel.getByRole('heading', { name: 'Who holds it' }).scrollIntoViewIfNeeded();
        const quote = panel.locator('blockquote').first();
        await quote.scrollIntoViewIfNeeded();
        expect(await quote.isVisible(), device).toBe(true);
        expect(await panel.textContent()).toMatch(/International Federation for Human Rights/);
        expect(await sideways(page), device).toBe(0);
        await shot(page, `2-opponents-${device}`);
        await page.context().close();
      }
    },
    LONG,
  );

  it(
    '3. compares two actors',
    async () => {
      for (const device of ALL) {
        const { page } = await open(device);
        await press(device, view(page, 'Compare'));
        const region = page.getByRole('region', { name: 'Comparison' });
        const add = region.getByRole('combobox', { name: 'Add an actor' });
        await add.selectOption({ label: 'European Commission' });
        await add.selectOption({ label: 'Human rights groups and rights advocates' });
        await region
          .getByRole('heading', { name: 'Human rights groups and rights advocates' })
          .waitFor();
        expect(await region.getByRole('heading', { name: 'European Commission' }).count()).toBe(1);
        expect(param(page, 'compare')).toBe('european-commission,human-rights-groups');
        expect(await sideways(page), device).toBe(0);
        const main = page.locator('#main');
        expect(await main.evaluate((m) => m.scrollWidth - m.clientWidth), device).toBe(0);
        await shot(page, `3-compare-${device}`);
        await page.context().close();
      }
    },
    LONG,
  );

  it(
    '4. understands a defeated argument',
    async () => {
      for (const device of ALL) {
        const { page } = await open(device);
        await press(device, view(page, 'Arguments'));
        const defeated = page.locator('article').filter({ hasText: '✗ Defeated' }).first();
        await defeated.scrollIntoViewIfNeeded();
        // Why, in words, next to the badge, and the argument that defeats it right below.
        expect(await defeated.textContent()).toMatch(/defeated: attacked by “.+”, which stands/);
        const attacker = page
          .locator('article')
          .filter({ hasText: /^− Attacks/ })
          .first();
        expect(await attacker.isVisible(), device).toBe(true);
        await shot(page, `4-defeated-${device}`);
        // What "defeated" means, where it is shown, and the rules one press away.
        const meaning = page.getByText(/not that it is wrong/).first();
        expect(await meaning.isVisible()).toBe(true);
        const rules = page.getByText('How we decide which arguments stand');
        await press(device, rules);
        expect(await page.getByText(/Only attacks between arguments count/).isVisible()).toBe(true);
        expect(await sideways(page), device).toBe(0);
        await page.context().close();
      }
    },
    LONG,
  );

  it(
    '5. looks up a term',
    async () => {
      for (const device of ALL) {
        const { page } = await open(device);
        // From the text: a term in the introduction opens its definition in place.
        const term = page.getByRole('button', { name: 'one-day visas (glossary)' });
        await press(device, term);
        await term.and(page.locator('[aria-expanded="true"]')).waitFor();
        const popover = page.locator(`[id="${await term.getAttribute('aria-controls')}"]`);
        // The definition, shown (waitFor waits until it is visible) beside the term.
        await popover.getByText(/visa/i).first().waitFor();
        await shot(page, `5-term-${device}`);
        // From the search box: the glossary is searched too.
        await search(page, 'non-refoulement');
        // What was typed stays readable: on the phone the match count beside the box
        // squeezed it to 30 px, one letter wide.
        const box = page.getByRole('searchbox', { name: 'Search the debate' });
        expect((await box.boundingBox())!.width, device).toBeGreaterThan(100);
        const entry = page.getByText('Non-refoulement', { exact: true });
        await entry.waitFor();
        await entry.scrollIntoViewIfNeeded();
        expect(
          await page
            .getByText(/must not send a person back/)
            .first()
            .isVisible(),
        ).toBe(true);
        await shot(page, `5-search-${device}`);
        await page.context().close();
      }
    },
    LONG,
  );

  it(
    '6. gives the tour from the keyboard on a projector',
    async () => {
      const { page, errors } = await open('projector');
      const start = page.getByRole('button', { name: /Start the guided tour/ });
      const onStart = () => start.evaluate((button) => button === document.activeElement);
      let presses = 0;
      while (!(await onStart()) && presses < 10) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect(presses).toBeLessThan(10);
      await page.keyboard.press('Enter');
      const tour = page.getByRole('region', { name: 'Guided tour' });
      await tour.waitFor();
      // The tour's controls take focus, so the next key moves the tour.
      await page.waitForFunction(() =>
        document.querySelector('[aria-label="Guided tour"]')?.contains(document.activeElement),
      );
      const steps = DEBATE.tours[0]!.steps;
      for (const [index, step] of steps.entries()) {
        await page.waitForFunction(
          (n) => new URL(location.href).searchParams.get('step') === n,
          String(index + 1),
        );
        await tour.getByText(step.title, { exact: true }).waitFor();
        // The step's view is the one on screen, with its own issue where it has one.
        const name = step.view[0]!.toUpperCase() + step.view.slice(1);
        await view(page, name).and(page.locator('[aria-current="page"]')).waitFor();
        // Its content, drawn (views load on demand), with the step's own issue or actors.
        const main = page.getByRole('main');
        if (step.view === 'arguments') {
          await main.locator('article').first().waitFor();
          expect(await main.getByRole('combobox', { name: 'Issue' }).inputValue()).toBe(
            step.focus![0],
          );
        } else if (step.view === 'compare') {
          const headings = main.getByRole('region', { name: 'Comparison' }).getByRole('heading', {
            level: 3,
          });
          await headings.nth(step.compare!.length - 1).waitFor();
        } else if (step.view === 'matrix') await main.getByRole('table').waitFor();
        else if (step.view === 'graph')
          await main.locator('[data-testid="graph"] [data-node-id]').first().waitFor();
        else await main.getByRole('heading').first().waitFor();
        await main.getByText('Opening the view…').waitFor({ state: 'detached' });
        await shot(page, `6-tour-step-${index + 1}`);
        if (index < steps.length - 1) await page.keyboard.press('ArrowRight');
      }
      // At the last step Next is disabled; the keyboard stays in the tour, not at the top.
      expect(
        await page.evaluate(() =>
          document.querySelector('[aria-label="Guided tour"]')?.contains(document.activeElement),
        ),
      ).toBe(true);
      await page.keyboard.press('Escape');
      await tour.waitFor({ state: 'detached' });
      // And after it, on the button that starts it again.
      await page.waitForFunction(() => document.activeElement?.classList.contains('start-tour'));
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    LONG,
  );

  it(
    '7. shares a comparison',
    async () => {
      for (const device of ALL) {
        const { page } = await open(device, 'view=compare');
        const region = page.getByRole('region', { name: 'Comparison' });
        // The one-click first pair, then the Share dialog's link.
        await press(device, region.getByRole('button', { name: /^Compare .+ and .+$/ }));
        await page.waitForFunction(
          () => new URL(location.href).searchParams.get('compare')?.split(',').length === 2,
        );
        const names = await region.getByRole('heading', { level: 3 }).allTextContents();
        await press(device, page.getByRole('button', { name: 'Share', exact: true }));
        const dialog = page.getByRole('dialog', { name: 'Share and embed' });
        const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
        await shot(page, `7-share-${device}`);
        await page.context().close();
        // Whoever opens the link sees the same two actors side by side.
        const { page: other } = await app.newPage(DEVICES[device].options);
        await other.goto(link);
        await waitForReady(other);
        const theirs = other.getByRole('region', { name: 'Comparison' });
        await theirs.getByRole('heading', { level: 3 }).first().waitFor();
        expect(await theirs.getByRole('heading', { level: 3 }).allTextContents()).toEqual(names);
        await other.context().close();
      }
    },
    LONG,
  );

  it(
    '8. exports a picture of the graph for slides',
    async () => {
      for (const device of ALL) {
        const { page } = await open(device);
        await press(device, page.getByText('Menu', { exact: true }));
        const button = page.getByRole('button', { name: 'Graph as PNG' });
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          press(device, button),
        ]);
        const file = path.join(SHOTS, `8-graph-${device}.png`);
        await mkdir(SHOTS, { recursive: true });
        await download.saveAs(file);
        const png = await readFile(file);
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        // Wide enough for a slide, whatever screen it was made on.
        expect(png.readUInt32BE(16), device).toBeGreaterThanOrEqual(1280);
        await page.context().close();
      }
    },
    LONG,
  );

  it(
    '9. embeds it in an article at 320 px',
    async () => {
      const { page: author } = await open('laptop', 'select=hold-technical-talks');
      await author.getByRole('button', { name: 'Share', exact: true }).click();
      const dialog = author.getByRole('dialog', { name: 'Share and embed' });
      const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
      await author.context().close();

      const { page } = await app.newPage(DEVICES.phone.options);
      const article = app.url('').replace(/[^/]*$/, '') + 'ten-tasks-article.html';
      await page.route(article, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><meta name=viewport content="width=device-width"><title>Article</title><body style="margin:0"><h1>News</h1>${code}</body>`,
        }),
      );
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(article);
      const frameElement = page.locator('iframe');
      await frameElement.scrollIntoViewIfNeeded();
      const frame = (await (await frameElement.elementHandle())!.contentFrame())!;
      await frame.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      expect(await frame.evaluate(() => innerWidth)).toBeLessThanOrEqual(320);
      expect(
        await frame.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
      // The reader can go from the embed to the whole debate.
      expect(await frame.getByRole('link', { name: /full|Stancemap/i }).count()).toBeGreaterThan(0);
      await shot(page, '9-embed-320');
      await page.context().close();
    },
    LONG,
  );

  it(
    '10. reaches every node of the graph by keyboard',
    async () => {
      for (const device of ['laptop', 'projector'] as const) {
        const { page } = await open(device);
        const nodes = page.locator('[data-testid="graph"] [data-node-id]');
        const all = new Set(
          await nodes.evaluateAll((n) => n.map((e) => e.getAttribute('data-node-id'))),
        );
        const focused = () =>
          page.evaluate(
            () => (document.activeElement as HTMLElement | null)?.dataset.nodeId ?? null,
          );
        for (let i = 0; i < 60 && !(await focused()); i++) await page.keyboard.press('Tab');
        const seen = new Set<string | null>([await focused()]);
        for (let i = 0; i < all.size * 2 && seen.size < all.size; i++) {
          await page.keyboard.press(']');
          seen.add(await focused());
        }
        expect(
          [...all].filter((id) => !seen.has(id)),
          device,
        ).toEqual([]);
        await page.keyboard.press('Enter');
        await details(page).getByRole('heading', { level: 2 }).waitFor();
        await shot(page, `10-keyboard-${device}`);
        await page.context().close();
      }
    },
    LONG,
  );
});
