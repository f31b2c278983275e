// Offline, in Chromium: the classroom copy opened from a file:// path with the network
// off (every request that is not a file aborted, and counted), and the hosted app
// reloaded offline after one visit. Screenshots of the copy go to test-results/.
import { mkdirSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { DIST, useApp, waitForReady } from './support/fixture';
import { startStaticServer } from './support/static-server';

const app = useApp();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
mkdirSync(SHOTS, { recursive: true });
const BUILT_COPY = path.join(DIST, 'stancemap-offline.html');
const TEMPLATE_DEBATE = path.resolve(import.meta.dirname, '../../data/template.json');

interface OfflinePage {
  page: Page;
  errors: string[];
  /** Every request for something other than a file, all refused. */
  attempted: string[];
}

/** A page with no network: offline, and every request that is not for a file aborted. */
async function offlinePage(options: BrowserContextOptions = {}): Promise<OfflinePage> {
  const { page, errors } = await app.newPage({ acceptDownloads: true, ...options });
  const attempted: string[] = [];
  await page.context().setOffline(true);
  await page.context().route(/^(?!file:)/, (route) => {
    attempted.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return { page, errors, attempted };
}

/** A copy of the file in a folder of its own, as on a USB stick: no app files beside it. */
async function onStick(file: string, name = path.basename(file)): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'stancemap-stick-'));
  const target = path.join(folder, name);
  await copyFile(file, target);
  return target;
}

const fileUrl = (file: string, query = '') => pathToFileURL(file).href + query;
const search = (page: Page) => new URL(page.url()).searchParams;
const graphNodes = (page: Page) => page.locator('[data-testid="graph"] [data-node-id]');

async function saveClassroomCopy(page: Page): Promise<{ name: string; file: string }> {
  await page.getByText('Menu', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Classroom copy/ }).click(),
  ]);
  await page.getByRole('status').filter({ hasText: 'Classroom copy saved' }).waitFor();
  const name = download.suggestedFilename();
  const file = await onStick(await download.path(), name);
  return { name, file };
}

async function switchView(page: Page, name: string, view: string) {
  await page.getByRole('button', { name, exact: true }).click();
  // The graph is the default view: its link names no view.
  await page.waitForFunction(
    (v) => (new URL(location.href).searchParams.get('view') ?? 'graph') === v,
    view,
  );
}

describe('the classroom copy, from file:// with no network', () => {
  it('is one file under 2 MB', async () => {
    const { size } = await stat(BUILT_COPY);
    expect(size).toBeGreaterThan(100 * 1024);
    expect(size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  /** The built copy, from a folder of its own, in a page with no network. */
  async function openCopy(query = '', options: BrowserContextOptions = {}) {
    const offline = await offlinePage(options);
    await offline.page.goto(fileUrl(await onStick(BUILT_COPY), query));
    await waitForReady(offline.page);
    return offline;
  }

  /** No request was attempted and nothing went wrong. */
  async function expectQuiet({ page, errors, attempted }: OfflinePage) {
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }

  it('opens on the graph, says it is an offline copy, and switches every view, keeping it in the file URL', async () => {
    const offline = await openCopy();
    const { page } = offline;
    expect(await graphNodes(page).count()).toBeGreaterThan(10);
    await expect
      .poll(() => page.locator('header').innerText(), { timeout: 30_000 })
      .toMatch(/Offline copy of this debate, made/);
    await page.screenshot({ path: path.join(SHOTS, 'offline-copy-1280.png') });

    await switchView(page, 'Compare', 'compare');
    await page.getByRole('region', { name: 'Comparison' }).waitFor();
    await switchView(page, 'Matrix', 'matrix');
    await page.getByRole('region', { name: 'Stance matrix' }).waitFor();
    // The URL state lives in the file URL's query, and a reload keeps it.
    await page.reload();
    await waitForReady(page);
    expect(search(page).get('view')).toBe('matrix');
    await page.getByRole('region', { name: 'Stance matrix' }).waitFor();
    await switchView(page, 'Arguments', 'arguments');
    await page
      .getByRole('heading', { name: /What if/ })
      .first()
      .waitFor();
    await switchView(page, 'Timeline', 'timeline');
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    await switchView(page, 'Sources', 'sources');
    await page.getByRole('region', { name: 'Sources and glossary' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await switchView(page, 'Graph', 'graph');
    await graphNodes(page).first().waitFor();
    await expectQuiet(offline);
  });

  it('runs a guided tour step by the clicker key, and opens a node’s details from the file URL', async () => {
    const offline = await openCopy();
    const { page } = offline;
    await page.getByRole('button', { name: /^▶ Start the guided tour/ }).click();
    await page.getByRole('region', { name: 'Guided tour' }).waitFor();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Guided tour' }).waitFor({ state: 'detached' });
    // A selection in the file URL's query opens its details.
    await page.goto(page.url().replace(/\?.*$/, '?select=belgium'));
    await waitForReady(page);
    await page.getByRole('region', { name: 'Details' }).getByRole('heading').first().waitFor();
    await expectQuiet(offline);
  });

  it('opens a file of the reader’s own in place of its debate', async () => {
    const offline = await openCopy();
    const { page } = offline;
    await page.getByTestId('open-file-input').setInputFiles(TEMPLATE_DEBATE);
    await page.getByRole('heading', { level: 1, name: /library on Sundays/ }).waitFor();
    await page.getByText(/Opened from your file/).waitFor();
    await expect
      .poll(() => page.locator('header').innerText(), { timeout: 30_000 })
      .toMatch(/Offline copy of Talking to the Taliban/);
    await expectQuiet(offline);
  });

  it('draws the graph on a canvas, laying it out on the page where a worker cannot start', async () => {
    const offline = await openCopy('?renderer=canvas');
    const { page } = offline;
    await page.getByTestId('graph').locator('[data-renderer="canvas"] canvas').waitFor();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="graph"] [data-layout]')
          ?.getAttribute('data-layout') === 'idle',
    );
    await expectQuiet(offline);
  });

  it('fits a phone at 360 px', async () => {
    const offline = await openCopy('', { viewport: { width: 360, height: 740 } });
    const { page } = offline;
    await page.screenshot({ path: path.join(SHOTS, 'offline-copy-360.png'), fullPage: false });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectQuiet(offline);
  });

  it('shares what makes sense from a file: the online address a copy was made from, or why there is no link', async () => {
    // The build's copy was made with no web address to record: no link, nothing to copy.
    const built = await openCopy('?view=matrix');
    await built.page.getByRole('button', { name: 'Share' }).click();
    const none = built.page.getByRole('dialog', { name: 'Share and embed' });
    await none.getByText(/no address that others can open/).waitFor();
    expect(await none.getByRole('textbox').count()).toBe(0);
    expect(await seriousAxeViolations(built.page)).toEqual([]);
    await built.page.screenshot({ path: path.join(SHOTS, 'offline-share-no-address.png') });
    await expectQuiet(built);

    // A copy the hosted app made records where the same debate is online.
    const { page } = await app.newPage({ acceptDownloads: true });
    await page.goto(app.url('?view=matrix'));
    await waitForReady(page);
    const made = await saveClassroomCopy(page);
    await page.context().close();
    const offline = await offlinePage();
    await offline.page.goto(fileUrl(made.file));
    await waitForReady(offline.page);
    await switchView(offline.page, 'Compare', 'compare');
    await offline.page.getByRole('button', { name: 'Share' }).click();
    const dialog = offline.page.getByRole('dialog', { name: 'Share and embed' });
    await dialog.getByText(/the online version it was made from, at 127\.0\.0\.1/).waitFor();
    const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(link.startsWith(app.url('?'))).toBe(true);
    expect(new URL(link).searchParams.get('view')).toBe('compare');
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toContain(`src="${app.url('embed.js')}"`);
    expect(code).not.toContain('file:');
    await offline.page.screenshot({ path: path.join(SHOTS, 'offline-share-online.png') });
    await expectQuiet(offline);
  });

  it('is made by the app with the debate and the screen on it, and a copy makes another copy', async () => {
    const { page } = await app.newPage({ acceptDownloads: true });
    await page.goto(app.url('?view=matrix&theme=dark'));
    await waitForReady(page);
    // A debate the teacher brought, not the bundled one.
    await page.getByTestId('open-file-input').setInputFiles(TEMPLATE_DEBATE);
    await page.getByRole('heading', { level: 1, name: /library on Sundays/ }).waitFor();
    await switchView(page, 'Timeline', 'timeline');
    const first = await saveClassroomCopy(page);
    expect(first.name).toMatch(/^[\w-]+-classroom-copy-\d{4}-\d{2}-\d{2}\.html$/);
    await page.context().close();

    const offline = await offlinePage();
    await offline.page.goto(fileUrl(first.file));
    await waitForReady(offline.page);
    await offline.page.getByRole('heading', { level: 1, name: /library on Sundays/ }).waitFor();
    await offline.page.getByRole('region', { name: 'Timeline' }).waitFor();
    expect(search(offline.page).get('view')).toBe('timeline');
    expect(await offline.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // Where the debate came from still shows.
    await offline.page.getByText(/Opened from your file/).waitFor();

    const second = await saveClassroomCopy(offline.page);
    await offline.page.goto(fileUrl(second.file));
    await waitForReady(offline.page);
    await offline.page.getByRole('heading', { level: 1, name: /library on Sundays/ }).waitFor();
    expect(offline.attempted).toEqual([]);
    expect(offline.errors).toEqual([]);
    await offline.page.context().close();
  });
});

describe('the hosted app offline', () => {
  it('reloads with the network off after one visit, lazy views included', async () => {
    const { page, errors } = await app.newPage({ serviceWorkers: 'allow', acceptDownloads: true });
    await page.goto(app.url());
    await waitForReady(page);
    // The worker has installed (everything kept) and answers for this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      return (await fetch(link.href)).json() as Promise<{ icons: { sizes: string }[] }>;
    });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );

    await page.context().setOffline(true);
    await page.reload();
    await waitForReady(page);
    expect(await graphNodes(page).count()).toBeGreaterThan(10);
    await switchView(page, 'Matrix', 'matrix');
    await page.getByRole('region', { name: 'Stance matrix' }).waitFor();
    await page.goto(app.url('?view=sources'));
    await waitForReady(page);
    await page.getByRole('region', { name: 'Sources and glossary' }).waitFor();
    // The classroom copy can be made offline too: the file it is made from is kept.
    const copy = await saveClassroomCopy(page);
    expect(copy.name).toMatch(/^eu-taliban-returns-classroom-copy-/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps an open tour on its version while a new one waits, and the next visit gets the new one', async () => {
    // A server of its own, whose sw.js can change while the class works.
    const overrides = new Map<string, string>();
    const server = await startStaticServer(DIST, '/stancemap/', overrides);
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'allow',
    });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.appUrl}?tour=classroom-tour&step=1`);
    await waitForReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const caches = (p: Page) => p.evaluate(() => globalThis.caches.keys());
    const [first] = await caches(page);
    expect(first).toMatch(/^stancemap-/);

    // A new version is published: it installs beside the old one and waits.
    const worker = await readFile(path.join(DIST, 'sw.js'), 'utf8');
    overrides.set(
      'sw.js',
      worker.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.state === 'installed';
    });

    // The tour goes on, its lazy views from the version it started with.
    for (const step of ['2', '3']) {
      await page.keyboard.press('PageDown');
      await page.waitForFunction(
        (s) => new URL(location.href).searchParams.get('step') === s,
        step,
      );
    }
    await page.getByRole('region', { name: 'Comparison' }).waitFor();
    // The old version's cache goes only when a new version takes over: it has not.
    expect(await caches(page)).toContain(first);
    await page.close();

    // With the old tab closed, nothing uses the old version: the new one takes over
    // (watched from a page outside the app, which no worker controls) …
    const next = await context.newPage();
    await next.goto(`${server.origin}/elsewhere`);
    await expect.poll(() => caches(next), { timeout: 30_000 }).toEqual([`${first}-next`]);
    // … and the next visit runs on it.
    await next.goto(server.appUrl);
    await waitForReady(next);
    expect(await next.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(errors).toEqual([]);
    await context.close();
    await server.close();
  });
});
