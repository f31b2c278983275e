// The host setting that keeps the full app out of frames (VITE_FRAMES=embed-only, or the
// meta tag it writes, added at deploy time): in another site's frame the full app shows
// only a notice and a link to open it in its own tab, and loads nothing; the embed view
// in the same page runs; the app opened on its own runs as always.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_ONLY, FRAMES_META } from '../../src/app/frame-policy';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { DIST, newPageIn, waitForReady } from './support/fixture';
import { startStaticServer, type StaticServer } from './support/static-server';

let browser: Browser;
let app: StaticServer;
let articles: StaticServer;
let articleDir: string;

beforeAll(async () => {
  // The built index.html with the setting, as the build writes it (scripts/vite-frame-policy.ts):
  // the meta line, and none of the data preloads (vite.config.ts).
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const withSetting = html
    .replace(/<link rel="preload" as="fetch"[^>]*>\s*/g, '')
    .replace('</head>', `<meta name="${FRAMES_META}" content="${EMBED_ONLY}"></head>`);
  articleDir = await mkdtemp(path.join(tmpdir(), 'stancemap-frames-'));
  [browser, app, articles] = await Promise.all([
    launchBrowser(),
    startStaticServer(DIST, '/stancemap/', new Map([['index.html', withSetting]])),
    startStaticServer(articleDir, '/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), articles?.close()]);
  await rm(articleDir, { recursive: true, force: true });
});

const newPage = () => newPageIn(browser, { viewport: { width: 1280, height: 900 } });

describe('a build that lets only the embed view be framed', () => {
  it('shows a notice in place of the full app inside another site’s frame, and runs the embed view', async () => {
    const full = `${app.appUrl}?view=matrix`;
    const embed = `${app.appUrl}?embed=1`;
    await writeFile(
      path.join(articleDir, 'article.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<link rel="icon" href="data:,"></head><body><h1>An article</h1>
<iframe src="${full}" title="Full app" width="600" height="300"></iframe>
<iframe src="${embed}" title="Embed" width="400" height="500"></iframe>
</body></html>`,
    );
    const { page, errors } = await newPage();
    const dataRequests: string[] = [];
    page.on('request', (request: Request) => {
      if (request.url().includes('/data/')) dataRequests.push(request.frame().url());
    });
    await page.goto(`${articles.origin}/article.html`);

    const embedded = page.frameLocator('iframe[title="Embed"]');
    await embedded.locator('html[data-ready="true"]').waitFor();

    const refused = page.frameLocator('iframe[title="Full app"]');
    await refused.getByRole('heading', { name: 'Stancemap opens in its own tab' }).waitFor();
    const link = refused.getByRole('link', { name: 'Open Stancemap in a new tab' });
    expect(await link.getAttribute('href')).toBe(full);
    expect(await link.getAttribute('target')).toBe('_blank');
    // Nothing of the full app behind the notice: no graph, no debate fetched for it.
    expect(await refused.locator('svg, canvas').count()).toBe(0);
    expect(dataRequests.length).toBeGreaterThan(0);
    expect(dataRequests.every((url) => url.includes('embed=1'))).toBe(true);

    const frame = page.frames().find((f) => f.url() === full)!;
    expect(await seriousAxeViolations(frame as unknown as Page)).toEqual([]);
    await page.screenshot({
      path: path.resolve(import.meta.dirname, '../../test-results/frames-refused.png'),
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs the full app as always when it is not in a frame', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.appUrl}?view=matrix`);
    await waitForReady(page);
    expect(
      await page.getByRole('heading', { name: 'Stancemap opens in its own tab' }).count(),
    ).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
