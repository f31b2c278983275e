// The rough edges left by the walk of the ten tasks (docs/user-tasks.md, "still rough"):
// each seen on a phone or at 150 % zoom, each checked where the reader met it.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';

const app = useApp();

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
/** A 1280 px screen at 150 % zoom. */
const ZOOM = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 };

/** Whether the centre of `control` is on screen and not covered by anything. */
async function reachable(control: Locator): Promise<boolean> {
  return control.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && button.contains(hit);
  });
}

describe('on a phone', () => {
  it('keeps the Details sheet’s Close button in view while its content scrolls', async () => {
    const { page } = await app.openReady('?select=returns-unsafe', PHONE);
    const details = page.getByRole('region', { name: 'Details' });
    await details.waitFor();
    // Scroll whatever scrolls in the sheet to its end, as a reader's swipes would.
    const scrolled = await details.evaluate((panel) => {
      let moved = 0;
      for (let box: Element | null = panel; box; box = box.parentElement) {
        const before = box.scrollTop;
        box.scrollTop = box.scrollHeight;
        moved += box.scrollTop - before;
        if (box.matches('[data-sheet]')) break;
      }
      return moved;
    });
    expect(scrolled).toBeGreaterThan(300);
    expect(await reachable(page.getByRole('button', { name: 'Close details' }))).toBe(true);
    await page.getByRole('button', { name: 'Close details' }).click();
    await details.waitFor({ state: 'detached' });
    await page.context().close();
  });

  for (const lang of ['en', 'fr', 'nl', 'de', 'fa-AF'])
    it(`keeps Compare's last figure on the line of its word in ${lang}`, async () => {
      const { page } = await app.openReady(
        `?view=compare&compare=european-commission,human-rights-groups&lang=${lang}`,
        PHONE,
      );
      // "Agree on 0 positions, disagree on 0": the only heading that ends in a figure.
      const summary = page.getByRole('heading', { name: /\p{Nd}$/u });
      await summary.waitFor();
      const lines = await summary.evaluate((heading) => {
        const chars: { node: Text; at: number }[] = [];
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          for (let at = 0; at < (node as Text).length; at++) chars.push({ node: node as Text, at });
        const text = chars.map(({ node, at }) => node.data[at]).join('');
        const top = (i: number) => {
          const range = document.createRange();
          range.setStart(chars[i]!.node, chars[i]!.at);
          range.setEnd(chars[i]!.node, chars[i]!.at + 1);
          return Math.round(range.getBoundingClientRect().top);
        };
        const last = text.trimEnd().length - 1;
        let gap = last;
        while (gap > 0 && /\p{Nd}/u.test(text[gap]!)) gap--;
        // The figure's last digit and the last letter of the word before it.
        return { figure: top(last), word: top(gap - 1), text };
      });
      expect(lines.figure, lines.text).toBe(lines.word);
      await page.context().close();
    });
});

describe('on a phone and at 150 % zoom', () => {
  for (const [setting, options] of [
    ['a phone', PHONE],
    ['150 % zoom', ZOOM],
  ] as const)
    it(`keeps the Menu within the screen on ${setting}; it scrolls to its last button`, async () => {
      const { page } = await app.openReady('', options);
      await page.getByText('Menu', { exact: true }).click();
      const menu = page.locator('details.menu');
      const last = menu.getByRole('button', { name: 'Keyboard shortcuts' });
      await last.waitFor();
      const fits = await last.evaluate((button) => {
        const panel = button.closest<HTMLElement>('.menu__panel')!;
        const fitted = panel.getBoundingClientRect().bottom <= innerHeight;
        panel.scrollTop = panel.scrollHeight;
        return { fitted, pageScrolled: scrollY };
      });
      expect(fits).toEqual({ fitted: true, pageScrolled: 0 });
      expect(await reachable(last)).toBe(true);
      await page.context().close();
    });

  it('puts a long match’s bullet beside its first line', async () => {
    const { page } = await app.openReady('?q=returns', PHONE);
    const list = page.getByRole('region', { name: /matches for “returns”/ });
    const offsets = await list.getByRole('listitem').evaluateAll((items) =>
      items.flatMap((item) => {
        const button = item.querySelector('button')!;
        const text = document.createRange();
        text.selectNodeContents(button);
        const rects = text.getClientRects();
        const firstLine = rects[0]!;
        const lastLine = rects[rects.length - 1]!;
        // Only titles of several lines.
        if (lastLine.top - firstLine.top < 2) return [];
        // The bullet sits on the baseline of the item's first line box, as this probe does
        // (a word joiner: no width, no break, so the title's lines stay as they are).
        const probe = document.createElement('span');
        probe.textContent = '\u2060';
        item.prepend(probe);
        const at = probe.getBoundingClientRect();
        probe.remove();
        return [Math.round(Math.abs(at.top - firstLine.top))];
      }),
    );
    expect(offsets.length).toBeGreaterThan(0);
    expect(Math.max(...offsets)).toBeLessThan(8);
    await page.context().close();
  });
});
