import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();

describe('comparison in Chromium', () => {
  it('opens from a link, adds a third actor from the page, and Back undoes it', async () => {
    const { page, errors } = await app.openReady(
      '?view=compare&compare=european-commission,human-rights-groups',
    );
    const region = page.getByRole('region', { name: 'Comparison' });
    const columns = () => region.locator('.compare__head h3').allTextContents();
    expect(await columns()).toEqual([
      'European Commission',
      'Human rights groups and rights advocates',
    ]);
    expect(await region.getByRole('heading', { level: 2 }).textContent()).toMatch(
      // Each figure is held to its word by a no-break space, so a phone keeps them on one line.
      /^Agree on \d+\u00a0positions?, disagree on\u00a0\d+$/,
    );

    await region.getByRole('combobox', { name: 'Add an actor' }).selectOption('taliban-delegation');
    expect(await columns()).toEqual([
      'European Commission',
      'Human rights groups and rights advocates',
      'Taliban delegation to Brussels',
    ]);
    expect(new URL(page.url()).searchParams.get('compare')).toBe(
      'european-commission,human-rights-groups,taliban-delegation',
    );

    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.compare__head h3').length === 2);
    expect(new URL(page.url()).searchParams.get('compare')).toBe(
      'european-commission,human-rights-groups',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts from the graph: Compare in an actor’s details', async () => {
    const { page } = await app.openReady('?select=european-commission');
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: /^Compare with/ })
      .click();
    await page.getByRole('region', { name: 'Comparison' }).waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get('view')).toBe('compare');
    expect(params.get('compare')?.split(',')[0]).toBe('european-commission');
    await page.goBack();
    await page.getByRole('region', { name: 'Details' }).waitFor();
    await page.context().close();
  });

  it('stacks on a phone with no sideways scrolling', async () => {
    const { page } = await app.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(
      app.url('?view=compare&compare=european-commission,human-rights-groups,taliban-delegation'),
    );
    await waitForReady(page);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/compare-360.png', fullPage: false });
    await page.context().close();
  });
});
