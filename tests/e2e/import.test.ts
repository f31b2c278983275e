// Other formats in Chromium: a Kialo export and the template workbook open through the
// file input, the import report is offered, missing evidence is said, and axe finds
// nothing serious. Screenshots go to test-results/ to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp } from './support/fixture';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
mkdirSync(SHOTS, { recursive: true });
const KIALO = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/imports/kialo-library.txt'),
);
const WORKBOOK = readFileSync(path.resolve(import.meta.dirname, '../../data/template.xlsx'));

/** The app at this width with the Kialo export opened from the file picker. */
async function openKialoExport(width: number) {
  const opened = await app.openReady('', { viewport: { width, height: 800 } });
  await opened.page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'export.txt', mimeType: 'text/plain', buffer: KIALO });
  await opened.page
    .getByRole('heading', { level: 1, name: 'Should the library open on Sundays?' })
    .waitFor();
  return opened;
}

describe('importing in the browser', () => {
  it.each([360, 1280])(
    'opens a Kialo export at %i px, with its report and no source given',
    async (width) => {
      const { page, errors } = await openKialoExport(width);
      await page.getByRole('button', { name: 'Show the import report' }).click();
      const dialog = page.getByRole('dialog', { name: 'The import report' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/was read as Kialo outline/);
      await page.screenshot({ path: path.join(SHOTS, `import-report-${width}.png`) });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    // Two lazy chunks and axe on a shared, loaded machine.
    120_000,
  );

  it('opens the template workbook as the library debate', async () => {
    const { page, errors } = await app.openReady('', { viewport: { width: 1280, height: 800 } });
    await page.getByTestId('open-file-input').setInputFiles({
      name: 'template.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: WORKBOOK,
    });
    await page
      .getByRole('heading', { level: 1, name: 'Should our town open a library on Sundays?' })
      .waitFor();
    await page.getByRole('button', { name: 'Show the import report' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'import-workbook-1280.png') });
    expect(errors).toEqual([]);
  });

  it('shows "No source given" on an imported argument', async () => {
    const { page } = await openKialoExport(1280);
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Arguments' })
      .or(
        page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Arguments' }),
      )
      .click();
    await page.getByText('No source given.').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'import-arguments-1280.png'), fullPage: true });
  });
});
