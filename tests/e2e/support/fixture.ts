// One browser and one server for a test file; a fresh page per test.
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { DebateGraph } from '../../../src/loader/generated/raw-types';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

// STANCEMAP_DIST: test another build folder (e.g. one built with --outDir).
export const DIST = path.resolve(
  process.env.STANCEMAP_DIST ?? path.resolve(import.meta.dirname, '../../../dist'),
);

export function useApp() {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startStaticServer(DIST)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get browser() {
      return browser;
    },
    get server() {
      return server;
    },
    /** A new page in a new context, with console errors collected. */
    newPage(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
      return newPageIn(browser, options);
    },
    url(query = '') {
      return server.appUrl + query;
    },
    /** A new page (as newPage) on the app at `query`, once its first screen is drawn. */
    async openReady(
      query = '',
      options: BrowserContextOptions = {},
    ): Promise<{ page: Page; errors: string[] }> {
      const opened = await this.newPage(options);
      await opened.page.goto(this.url(query));
      await waitForReady(opened.page);
      return opened;
    },
  };
}

/** A new page in a new context of `browser`, with console errors collected. */
export async function newPageIn(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    // The app's service worker would answer requests that tests mock with page.route;
    // the offline tests turn it on where they test it.
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors };
}

/** Serves `text` as the only bundled debate (index.json lists it), so the app opens on it. */
export async function serveAsBundled(page: Page, text: string): Promise<void> {
  await page.route(/\/data\/index\.json$/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        datasets: [{ id: 'synthetic', title: 'Synthetic', file: 'synthetic.json' }],
      }),
    }),
  );
  await page.route(/\/data\/synthetic\.json$/, (route) =>
    route.fulfill({ contentType: 'application/json', body: text }),
  );
}

/** Serves the bundled debate (which has every list) as built, changed by `change`. */
export async function serveBundledWith(
  page: Page,
  change: (doc: Required<DebateGraph>) => void,
): Promise<void> {
  await page.route('**/data/eu-taliban-returns.json', async (route) => {
    const response = await route.fetch();
    const doc = (await response.json()) as Required<DebateGraph>;
    change(doc);
    await route.fulfill({ response, json: doc });
  });
}

export async function waitForReady(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/**
 * Waits until the graph shows the store's latest state: after a focus, a filter or Back,
 * the graph is redrawn in a render after the click's own (`aria-busy` meanwhile).
 */
export async function waitForGraph(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="graph"] [aria-busy="true"]'),
  );
}
