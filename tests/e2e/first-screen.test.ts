import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { serveBundledWith, useApp } from './support/fixture';

const app = useApp();

describe('the first screen in Chromium', () => {
  it('opens the bundled debate from a sub-folder, under the strict CSP, with no errors', async () => {
    const { page, errors } = await app.openReady();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Taliban',
    );
    expect(await page.getByRole('heading', { name: 'About this debate' }).count()).toBe(1);
    const graph = page.getByTestId('graph');
    expect(await graph.locator('[data-node-type="actor"]').count()).toBeGreaterThanOrEqual(12);
    expect(await graph.locator('[data-node-type="issue"]').count()).toBeGreaterThanOrEqual(5);
    expect(await graph.locator('[data-node-type="position"]').count()).toBeGreaterThanOrEqual(12);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the alert with the first problem’s path and the count for a broken dataset', async () => {
    const { page } = await app.newPage();
    await serveBundledWith(page, (doc) => {
      doc.stances[4]!.position = 'engage-yes';
      doc.stances[6]!.actor = 'nobody';
    });
    await page.goto(app.url());
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('2 problems');
    expect(text).toContain('stances[4].position: "engage-yes" is not a position id');
    await page.context().close();
  });

  it('has no serious or critical axe violations', async () => {
    const { page } = await app.openReady();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
