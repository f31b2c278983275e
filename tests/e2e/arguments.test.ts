// The arguments view in Chromium: statuses from grounded semantics, what-if switches,
// the issue picker and the link, small screens, axe-core, and screenshots.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const search = (page: Page) => new URL(page.url()).searchParams;

const card = (page: Page, id: string) => page.locator(`article[data-argument-id="${id}"]`);
const status = (page: Page, id: string) => card(page, id).getAttribute('data-status');
const summary = (page: Page) => page.getByRole('status').filter({ hasText: 'On this issue:' });

async function open(query: string, options = {}) {
  const { page, errors } = await app.newPage(options);
  await page.goto(app.url(query));
  await waitForReady(page);
  return { page, errors };
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('the arguments view', () => {
  it('shows the positions of the issue in the link, with every argument’s status', async () => {
    const { page, errors } = await open('?view=arguments&issue=recognition-or-normalisation');
    expect(await page.getByRole('combobox', { name: 'Issue' }).inputValue()).toBe(
      'recognition-or-normalisation',
    );
    const cards = page.locator('article[data-argument-id]');
    expect(await cards.count()).toBe(12);
    for (const value of await cards.evaluateAll((all) =>
      all.map((a) => a.getAttribute('data-status')),
    ))
      expect(['stands', 'defeated', 'undecided']).toContain(value);
    // Article A's “But migration returns are different” and article B's “Yet the symbolism
    // is unusually charged” grant the precedents they follow, so they attack nothing here;
    // nothing answers the open letter's warning either.
    expect(await status(page, 'channels-kept-since-2021')).toBe('stands');
    expect(await card(page, 'contact-read-as-normalisation').textContent()).toContain('✓ Stands');
    expect(await status(page, 'diplomats-keep-limited-channels')).toBe('stands');
    expect(await summary(page).textContent()).toBe(
      'On this issue: 12 arguments stand, 0 defeated, 0 undecided',
    );
    // What the statuses mean is said where they first show.
    const meaning = page.getByText(/not that it is wrong/).first();
    expect(await meaning.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('recomputes statuses when a what-if switch is turned, and Reset restores them', async () => {
    const { page } = await open('?view=arguments&issue=recognition-or-normalisation');
    await card(page, 'contact-read-as-normalisation')
      .getByRole('checkbox', { name: /Withdraw this claim/ })
      .check();
    expect(await status(page, 'contact-read-as-normalisation')).toBe('withdrawn');
    expect(await summary(page).textContent()).toBe(
      'On this issue: 11 arguments stand, 0 defeated, 0 undecided (1 withdrawn)',
    );
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await status(page, 'contact-read-as-normalisation')).toBe('stands');

    // An actor switch: the critics alone make visible-relationship-normalises.
    await page
      .getByRole('checkbox', { name: /^Withdraw everything Critics of the meeting/ })
      .check();
    expect(await status(page, 'visible-relationship-normalises')).toBe('withdrawn');
    await page.context().close();

    // Withdrawing an attack turns its target over: article A's answer from the Commission
    // (the contacts are technical) is what defeats the objection from non-recognition.
    const talks = await open('?view=arguments&issue=talks-with-taliban');
    expect(await status(talks.page, 'eu-does-not-recognise-taliban')).toBe('defeated');
    await card(talks.page, 'contacts-are-technical')
      .getByRole('checkbox', { name: /Withdraw this claim/ })
      .check();
    expect(await status(talks.page, 'eu-does-not-recognise-taliban')).toBe('stands');
    expect(await card(talks.page, 'eu-does-not-recognise-taliban').textContent()).toContain(
      '✓ Stands',
    );
    await talks.page.context().close();
  });

  it('writes the chosen issue to the link, and a claim selected here is selected everywhere', async () => {
    const { page } = await open('?view=arguments&issue=recognition-or-normalisation');
    await page.getByRole('combobox', { name: 'Issue' }).selectOption('non-refoulement');
    expect(search(page).get('issue')).toBe('non-refoulement');
    expect(search(page).get('view')).toBe('arguments');
    await card(page, 'returnees-face-arrest-or-torture').locator('.argcard__claim-button').click();
    expect(search(page).get('select')).toBe('returnees-face-arrest-or-torture');
    expect(await card(page, 'returnees-face-arrest-or-torture').getAttribute('data-selected')).toBe(
      'true',
    );
    await page.reload();
    await waitForReady(page);
    expect(await page.getByRole('combobox', { name: 'Issue' }).inputValue()).toBe(
      'non-refoulement',
    );
    expect(await card(page, 'returnees-face-arrest-or-torture').getAttribute('data-selected')).toBe(
      'true',
    );
    await page.context().close();
  });

  it('has no serious or critical axe violations, before and after a switch', async () => {
    const { page } = await open('?view=arguments&issue=talks-with-taliban');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await card(page, 'narrow-channel-could-widen')
      .getByRole('checkbox', { name: /Withdraw this claim/ })
      .check();
    await card(page, 'narrow-channel-could-widen').locator('summary').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each([
    [320, 640, 'light'],
    [360, 740, 'light'],
    [1280, 800, 'light'],
    [1280, 800, 'dark'],
    [360, 740, 'dark'],
  ] as const)(
    'fits %i×%i px (%s) with no sideways scrolling (screenshots saved)',
    async (width, height, colorScheme) => {
      const { page } = await open('?view=arguments&issue=talks-with-taliban', {
        viewport: { width, height },
        colorScheme,
      });
      const shot = async (what: string) => {
        expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
        await mkdir(SHOTS, { recursive: true });
        const theme = colorScheme === 'dark' ? '-dark' : '';
        await page.screenshot({
          path: path.join(SHOTS, `arguments-${width}x${height}${theme}${what}.png`),
        });
      };
      await shot('');

      // Deep in a thread: a selected claim with its evidence open, a withdrawn reply below.
      await card(page, 'talks-limited-to-security-threats')
        .locator('.argcard__claim-button')
        .click();
      await card(page, 'narrow-channel-could-widen')
        .getByRole('checkbox', { name: /Withdraw this claim/ })
        .check();
      await card(page, 'talks-limited-to-security-threats').locator('summary').click();
      await card(page, 'talks-limited-to-security-threats').evaluate((el) =>
        el.scrollIntoView({ block: 'start' }),
      );
      await shot('-thread');
      await page.context().close();
    },
  );
});

describe('a position with arguments on one side only', () => {
  it('shows the empty side as one line and lays the other side’s cards across the width', async () => {
    const { page } = await open('?view=arguments&issue=non-refoulement', {
      viewport: { width: 1920, height: 1080 },
    });
    const block = page
      .locator('.position-block')
      .filter({ hasText: 'Yes, provided each case is assessed individually' });
    const against = block.getByRole('region', { name: 'Arguments against' });
    await against.getByText('None recorded.').waitFor();
    // Before: the against column stood as tall as the for column, empty below its line.
    expect((await against.boundingBox())!.height).toBeLessThan(40);
    const cards = block.getByRole('region', { name: 'Arguments for' }).locator('article');
    const tops = await cards.evaluateAll((all) =>
      all.map((c) => Math.round(c.getBoundingClientRect().top)),
    );
    expect(tops.length).toBe(2);
    expect(new Set(tops).size).toBe(1);
    await page.context().close();
  });
});

describe('names in a running list', () => {
  it('keep each comma with its name, out of the button’s name', async () => {
    const { page } = await open('?view=arguments', { viewport: { width: 320, height: 640 } });
    const list = page.locator('.argcard__actors').filter({ has: page.locator('li + li') });
    const first = list.first().getByRole('button').first();
    const name = (await first.textContent())!;
    // The accessible name is the actor's name alone; the comma is drawn inside the
    // button's box, after its last word, so it never starts a line of its own.
    await list.first().getByRole('button', { name, exact: true }).waitFor();
    const after = await first.evaluate((b) => getComputedStyle(b, '::after').content);
    expect(after).toContain(',');
    await page.context().close();
  });
});

/** How much of a side's region lies blank under the columns its cards flow down: for each
 *  column (cards grouped by where they start, replies with the card they answer), the
 *  height between its last card and the region's bottom, over the region's area. */
async function blankUnderColumns(region: Locator): Promise<number> {
  return region.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const cards = [...el.querySelectorAll('article')].flatMap((a) => [...a.getClientRects()]);
    const columns: { left: number; right: number; bottom: number }[] = [];
    for (const card of cards.sort((a, b) => a.left - b.left)) {
      // Replies sit indented a little; a new column starts a card's width further on.
      const column = columns.find((c) => card.left < c.right - 40);
      if (column) column.bottom = Math.max(column.bottom, card.bottom);
      else columns.push({ left: card.left, right: card.right, bottom: card.bottom });
    }
    const blank = columns.reduce((sum, c) => sum + (box.bottom - c.bottom) * (c.right - c.left), 0);
    return blank / (box.width * box.height);
  });
}

describe('a position with arguments on both sides', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ])
    it(`leaves no side mostly blank at ${viewport.width} px (five for, two against)`, async () => {
      const { page } = await open('?view=arguments&issue=talks-with-taliban', { viewport });
      const block = page
        .getByRole('region')
        .filter({ has: page.getByRole('heading', { name: /^Yes: the EU should hold technical/ }) });
      const sides = {
        for: block.getByRole('region', { name: 'Arguments for' }),
        against: block.getByRole('region', { name: 'Arguments against' }),
      };
      // The side's own threads (replies nest inside them).
      const threads = (side: Locator) => side.locator(':scope > .threads > li');
      expect(await threads(sides.for).count()).toBe(5);
      expect(await threads(sides.against).count()).toBe(2);
      // Side by side, the two arguments against stood beside the six for, and 0.70 of
      // each side's area lay blank under its columns. Flowed, a column ends at most one
      // thread short of the others (threads are kept whole, replies beside their card).
      for (const [name, side] of Object.entries(sides)) {
        const blank = await blankUnderColumns(side);
        console.info(`${viewport.width} px, arguments ${name}: ${blank.toFixed(2)} blank`);
        expect(blank).toBeLessThan(0.25);
      }
      // Which side a card is on is said in words, not only in the colour of its edge:
      // each card sits under its side's heading, for first, then against.
      const forBox = (await sides.for.boundingBox())!;
      const againstBox = (await sides.against.boundingBox())!;
      expect(againstBox.y).toBeGreaterThanOrEqual(forBox.y + forBox.height);
      expect(await noSidewaysScroll(page)).toBe(0);
      await mkdir(SHOTS, { recursive: true });
      await block.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({
        path: path.join(SHOTS, `arguments-both-sides-${viewport.width}.png`),
      });
      await page.context().close();
    });
});
