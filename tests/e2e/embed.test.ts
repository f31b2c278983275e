// Embedding in Chromium: an article on another origin pastes the Share dialog's snippet
// and embeds the app, served from a deep sub-folder, at 320 px. Heights arrive and are
// applied, nothing overflows sideways, the wheel scrolls the article until the graph is
// activated, the link out carries the state, storage can be blocked, axe-core is clean,
// the first frame is as quick as the full app's, and the bundle stays in budget.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { DIST, newPageIn, waitForReady } from './support/fixture';
import { startStaticServer, type StaticServer } from './support/static-server';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
/** Any sub-folder of any static host. */
const MOUNT = '/news/2026/graphics/stancemap/';
const ARTICLE_TEXT = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i + 1} of the article, long enough to need scrolling past.</p>`,
).join('\n');

let browser: Browser;
let app: StaticServer;
let articles: StaticServer;
let articleDir: string;
/** The app again, with CORS for a sandboxed iframe, whose origin is opaque ("null"). */
let cors: { server: Server; url: string };

beforeAll(async () => {
  articleDir = await mkdtemp(path.join(tmpdir(), 'stancemap-article-'));
  [browser, app, articles] = await Promise.all([
    launchBrowser(),
    startStaticServer(DIST, MOUNT),
    startStaticServer(articleDir, '/'),
  ]);
  cors = await startCorsProxy(app.origin);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), articles?.close()]);
  await new Promise((resolve) => cors?.server.close(resolve));
  await rm(articleDir, { recursive: true, force: true });
});

/** Forwards to the app's server, adding the header a sandboxed iframe needs (docs/hosting.md). */
async function startCorsProxy(target: string) {
  const server = createServer((req, res) => {
    const upstream = httpRequest(`${target}${req.url}`, (answer) => {
      res.writeHead(answer.statusCode ?? 502, {
        ...answer.headers,
        'access-control-allow-origin': '*',
      });
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

const newPage = (options: BrowserContextOptions = {}) => newPageIn(browser, options);

/** Writes an article page holding `embedCode` and returns its address (another origin). */
async function publishArticle(name: string, embedCode: string): Promise<string> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px/1.5 serif; } p { margin: 0 0 1em; padding: 0 8px; }</style>
<script>
  window.received = [];
  addEventListener('message', (event) => {
    const frames = [...document.querySelectorAll('iframe')];
    received.push({ data: event.data, frame: frames.findIndex((f) => f.contentWindow === event.source) });
  });
</script>
</head><body>
<h1>An article</h1>
${ARTICLE_TEXT}
${embedCode}
${ARTICLE_TEXT}
</body></html>`;
  await writeFile(path.join(articleDir, name), html);
  return `${articles.origin}/${name}`;
}

/**
 * The app in the page's `index`th iframe, once drawn. Scrolled into view first: a
 * browser neither loads a lazy iframe nor renders a cross-origin one while off screen.
 */
async function appFrame(page: Page, index = 0): Promise<Frame> {
  await page.locator('iframe').nth(index).scrollIntoViewIfNeeded();
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return frame!;
}

const frameHeight = (page: Page, index = 0) =>
  page
    .locator('iframe')
    .nth(index)
    .evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Opens the full app at `query`, selects nothing more, and reads the Share dialog's snippet. */
async function snippetFor(query: string, size = 'Medium'): Promise<string> {
  const { page } = await newPage();
  await page.goto(app.appUrl + query);
  await waitForReady(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and embed' });
  await dialog.getByRole('radio', { name: new RegExp(size) }).check();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  await page.context().close();
  return code;
}

describe('embedded in an article on another origin', () => {
  it('sizes the iframe to its content at 320 px, with no sideways scrolling', async () => {
    const code = await snippetFor('?select=belgium');
    const url = await publishArticle('narrow.html', code);
    const { page, errors } = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(url);
    const frame = await appFrame(page);
    // The snippet's height holds until the first message; then the content's.
    expect(await page.locator('iframe').getAttribute('height')).toBe('600');
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    expect(await frameHeight(page)).not.toBe(600);
    // The messages: from that iframe, of one kind, with a height and nothing else.
    const received = await page.evaluate(() => (window as unknown as { received: [] }).received);
    expect(received.length).toBeGreaterThan(0);
    for (const { data, frame: index } of received as { data: object; frame: number }[]) {
      expect(index).toBe(0);
      expect(Object.keys(data).sort()).toEqual(['height', 'type']);
      expect(data).toMatchObject({ type: 'stancemap:resize', height: expect.any(Number) });
    }
    // Applied: the frame is exactly as tall as its content, so it never scrolls inside.
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(frame))).toBe(0);
    const inside = await frame.evaluate(() => ({
      width: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
    }));
    expect(inside.width).toBe(320);
    expect(inside.scrollWidth).toBeLessThanOrEqual(inside.width);
    expect(inside.scrollHeight).toBeLessThanOrEqual(inside.clientHeight);
    // The selection from the snippet is open, in the drawer over the graph.
    await frame.getByRole('region', { name: 'Details' }).waitFor();
    // Opening the legend makes the content taller: the frame follows.
    const before = await frameHeight(page);
    await frame.locator('summary', { hasText: 'Legend' }).click();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before);
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(frame))).toBe(0);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await mkdir(SHOTS, { recursive: true });
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await page.locator('iframe').screenshot({ path: path.join(SHOTS, 'embed-article-320.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links out to the same state without embed, in a new tab', async () => {
    const url = await publishArticle(
      'link-out.html',
      `<iframe src="${app.appUrl}?types=issue,actor&embed=1" title="Stancemap" style="width:100%;border:0" height="600" data-stancemap></iframe>`,
    );
    const { page } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    const frame = await appFrame(page);
    const link = frame.getByRole('link', { name: /Open in Stancemap/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.getAttribute('href')).toBe(`${app.appUrl}?types=issue,actor`);
    await frame.locator('[data-node-id="belgium"]').click();
    await frame.getByRole('region', { name: 'Details' }).waitFor();
    await expect
      .poll(() => link.getAttribute('href'))
      .toBe(`${app.appUrl}?types=issue,actor&select=belgium`);
    const opened = page.context().waitForEvent('page');
    await link.click();
    const tab = await opened;
    await waitForReady(tab);
    expect(new URL(tab.url()).searchParams.get('select')).toBe('belgium');
    expect(new URL(tab.url()).searchParams.has('embed')).toBe(false);
    expect(await tab.getByRole('button', { name: 'Share' }).count()).toBe(1);
    await page.context().close();
  });

  it('lets the wheel scroll the article until the graph is activated, and after it lets go', async () => {
    const url = await publishArticle(
      'wheel.html',
      `<iframe src="${app.appUrl}?embed=1" title="Stancemap" style="width:100%;border:0" height="600" data-stancemap></iframe>
<script src="${app.appUrl}embed.js" async></script>`,
    );
    const { page } = await newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(url);
    const frame = await appFrame(page);
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(frame))).toBe(0);
    const svg = frame.locator('[data-testid="graph"] svg').first();
    const transform = () =>
      frame.evaluate(
        () =>
          document.querySelector('[data-testid="graph"] svg > g')?.getAttribute('transform') ?? '',
      );
    // Bring the graph to the middle of the article's window.
    await page.evaluate(() => {
      const frameTop = document.querySelector('iframe')!.getBoundingClientRect().top;
      window.scrollBy(0, frameTop - 60);
    });
    const box = (await svg.boundingBox())!;
    const x = box.x + 12;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    const hint = frame.getByText('Click to explore the graph');
    expect(await hint.isVisible()).toBe(true);

    const zoomBefore = await transform();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 240);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await transform()).toBe(zoomBefore);

    // Activated by a click: now the wheel zooms the graph and the article stays put.
    const graphBox = (await svg.boundingBox())!;
    await page.mouse.click(graphBox.x + 6, graphBox.y + graphBox.height - 6);
    await hint.waitFor({ state: 'hidden' });
    const scrollActive = await page.evaluate(() => window.scrollY);
    await page.mouse.move(graphBox.x + graphBox.width / 2, graphBox.y + graphBox.height / 2);
    await page.mouse.wheel(0, -240);
    await expect.poll(transform).not.toBe(zoomBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollActive);

    // Escape lets go: the wheel belongs to the article again.
    await page.keyboard.press('Escape');
    await hint.waitFor();
    const zoomAfter = await transform();
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollActive);
    expect(await transform()).toBe(zoomAfter);
    await page.context().close();
  });

  it('activates from the keyboard: Enter on the focused graph, and lets go when focus leaves', async () => {
    const { page } = await newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(`${app.appUrl}?embed=1`);
    await waitForReady(page);
    const gate = page.locator('.activation-gate');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('[data-testid="graph"]')))
        break;
    }
    await page.getByText('Press Enter to explore the graph').waitFor();
    expect(await gate.getAttribute('data-gestures')).toBe('page');
    await page.keyboard.press('Enter');
    expect(await gate.getAttribute('data-gestures')).toBe('graph');
    // Tab on until focus leaves the graph.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !document.activeElement?.closest('[data-testid="graph"]')))
        break;
    }
    expect(await gate.getAttribute('data-gestures')).toBe('page');
    await page.context().close();
  });

  it('the host script sizes each frame from its own messages only, within a sane range', async () => {
    const url = await publishArticle(
      'two.html',
      `<iframe src="${app.appUrl}?embed=1" title="First" style="width:100%;border:0" height="500" data-stancemap></iframe>
<iframe src="${app.appUrl}?embed=1&select=belgium" title="Second" style="width:100%;border:0" height="500" data-stancemap></iframe>
<iframe srcdoc="<p>not Stancemap</p>" title="Other" height="300"></iframe>
<script src="${app.appUrl}embed.js" async></script>`,
    );
    const { page } = await newPage({ viewport: { width: 600, height: 800 } });
    await page.goto(url);
    // Off screen, the second frame is not drawn yet, but its height arrives all the same.
    await page.waitForFunction(() => document.querySelectorAll('iframe')[1]!.style.height !== '');
    const [first, second] = [await appFrame(page, 0), await appFrame(page, 1)];
    await expect
      .poll(async () => (await frameHeight(page, 0)) - (await contentHeight(first)))
      .toBe(0);
    await expect
      .poll(async () => (await frameHeight(page, 1)) - (await contentHeight(second)))
      .toBe(0);
    const settled = [await frameHeight(page, 0), await frameHeight(page, 1)];
    // The article itself, and a frame that is not marked as Stancemap, are not listened to.
    await page.evaluate(() => window.postMessage({ type: 'stancemap:resize', height: 999 }, '*'));
    await page
      .frameLocator('iframe[title="Other"]')
      .locator('p')
      .evaluate(() => parent.postMessage({ type: 'stancemap:resize', height: 999 }, '*'));
    // Nonsense is ignored; extremes are clamped.
    await first.evaluate(() => {
      parent.postMessage({ type: 'stancemap:resize', height: 'tall' }, '*');
      parent.postMessage({ type: 'stancemap:resize', height: Infinity }, '*');
      parent.postMessage({ type: 'something-else', height: 10 }, '*');
    });
    await page.waitForTimeout(200);
    expect([await frameHeight(page, 0), await frameHeight(page, 1)]).toEqual(settled);
    expect(await page.locator('iframe[title="Other"]').evaluate((f) => f.clientHeight)).toBe(300);
    await first.evaluate(() => parent.postMessage({ type: 'stancemap:resize', height: 1e6 }, '*'));
    await expect.poll(() => frameHeight(page, 0)).toBe(4000);
    await second.evaluate(() => parent.postMessage({ type: 'stancemap:resize', height: 3 }, '*'));
    await expect.poll(() => frameHeight(page, 1)).toBe(200);
    await page.context().close();
  });

  it('works with storage blocked: in a sandboxed iframe, and where localStorage throws', async () => {
    const url = await publishArticle(
      'sandboxed.html',
      `<iframe src="${cors.url}${MOUNT}?embed=1&select=belgium" title="Stancemap" sandbox="allow-scripts allow-popups" style="width:100%;border:0" height="500" data-stancemap></iframe>
<script src="${app.appUrl}embed.js" async></script>`,
    );
    const { page, errors } = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(url);
    const frame = await appFrame(page);
    expect(await frame.evaluate(() => origin)).toBe('null');
    await expect
      .poll(() =>
        frame.evaluate(() => {
          try {
            return localStorage.length >= 0 ? 'storage' : '';
          } catch {
            return 'blocked';
          }
        }),
      )
      .toBe('blocked');
    await frame.getByRole('region', { name: 'Details' }).waitFor();
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(frame))).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();

    const blocked = await newPage({ viewport: { width: 320, height: 640 } });
    await blocked.page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
    });
    // A narrow embed opens on the map of issues (actors appear once an issue is opened),
    // so the selection comes from the link, which also reads the store's state back.
    await blocked.page.goto(`${app.appUrl}?embed=1&select=belgium`);
    await waitForReady(blocked.page);
    await blocked.page.getByRole('region', { name: 'Details' }).waitFor();
    expect(blocked.errors).toEqual([]);
    await blocked.page.context().close();
  });
});

describe('the Share dialog', () => {
  it('copies a link and an embed snippet of the current state', async () => {
    const { page } = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: app.origin,
    });
    await page.goto(app.appUrl);
    await waitForReady(page);
    await page.locator('[data-node-id="belgium"]').click();
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and embed' });
    const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(link).toBe(`${app.appUrl}?select=belgium`);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await dialog.getByRole('radio', { name: /Large/ }).check();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    // Parsed on a blank page: the app's own page admits no HTML string (Trusted Types).
    const parsed = await (
      await page.context().newPage()
    ).evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const iframe = doc.querySelector('iframe')!;
      const script = doc.querySelector('script')!;
      return {
        src: iframe.getAttribute('src'),
        title: iframe.getAttribute('title'),
        loading: iframe.getAttribute('loading'),
        height: iframe.getAttribute('height'),
        width: iframe.getAttribute('width'),
        marked: iframe.hasAttribute('data-stancemap'),
        script: script.getAttribute('src'),
        async: script.hasAttribute('async'),
      };
    }, code);
    expect(parsed).toEqual({
      src: `${app.appUrl}?select=belgium&embed=1`,
      title: expect.stringMatching(/^Stancemap: Talking to the Taliban/),
      loading: 'lazy',
      height: '800',
      width: '100%',
      marked: true,
      script: `${app.appUrl}embed.js`,
      async: true,
    });
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'share-dialog-1280.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('selects the text and says how to copy it when the clipboard is blocked', async () => {
    const { page } = await newPage({ viewport: { width: 320, height: 640 } });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
    });
    await page.goto(`${app.appUrl}?embed=1`);
    await waitForReady(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and embed' });
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await dialog.getByText(/press Ctrl\+C/).waitFor();
    const selected = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toContain('<iframe src="');
    expect(selected).toContain('embed=1');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'share-dialog-320.png') });
    await page.context().close();
  });
});

describe('embed mode itself', () => {
  it('is axe-clean at 320 px, with and without the details drawer', async () => {
    const { page } = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${app.appUrl}?embed=1`);
    await waitForReady(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'embed-320.png'), fullPage: true });
    // The narrow embed draws the map of issues; the drawer opens for a selection in the link.
    await page.goto(`${app.appUrl}?embed=1&select=belgium`);
    await waitForReady(page);
    await page.getByRole('region', { name: 'Details' }).waitFor();
    await page.locator('summary', { hasText: 'Filters' }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'embed-320-selected.png'), fullPage: true });
    await page.context().close();
  });

  it('shows the views at full width, and is axe-clean there', async () => {
    const { page } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.appUrl}?embed=1&select=european-commission`);
    await waitForReady(page);
    await page.getByRole('region', { name: 'Details' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'embed-1280.png'), fullPage: true });
    // The page's height is the content's, not the window's.
    const { height, content } = await page.evaluate(() => ({
      height: innerHeight,
      content: document.documentElement.getBoundingClientRect().height,
    }));
    expect(content).not.toBe(height);
    await page.context().close();
  });

  it('draws its first frame as quickly as the full app, already polite about the wheel', async () => {
    type Ready = { readyAt: number; gated: boolean };
    const timeToReady = async (query: string) => {
      const { page } = await newPage({ viewport: { width: 800, height: 700 } });
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.documentElement?.dataset.ready !== 'true') return;
          // The gate is loaded on demand: it must be in place by the first frame.
          Object.assign(window, {
            readyAt: performance.now(),
            gated: !!document.querySelector(
              '.activation-gate[data-gestures] .activation-gate__hint',
            ),
          });
          observer.disconnect();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
      });
      await page.goto(app.appUrl + query);
      await waitForReady(page);
      const { readyAt, gated } = await page.evaluate(() => {
        const { readyAt, gated } = window as unknown as Ready;
        return { readyAt, gated };
      });
      await page.context().close();
      expect(gated).toBe(query.includes('embed=1'));
      return readyAt;
    };
    const full: number[] = [];
    const embedded: number[] = [];
    for (let i = 0; i < 5; i++) {
      full.push(await timeToReady(''));
      embedded.push(await timeToReady('?embed=1'));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[2]!;
    console.log(
      `time to data-ready (ms, median of 5): full ${median(full).toFixed(0)} [${full.map((t) => t.toFixed(0)).join(', ')}], ` +
        `embed ${median(embedded).toFixed(0)} [${embedded.map((t) => t.toFixed(0)).join(', ')}]`,
    );
    expect(median(embedded)).toBeLessThanOrEqual(1.5 * median(full) + 200);
  });

  it('keeps the initial JavaScript within its budget', async () => {
    const script = path.resolve(import.meta.dirname, '../../scripts/check-bundle-size.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [script, DIST]);
    expect(stdout).toMatch(/initial JavaScript [\d.]+ KB gzip of a 120 KB budget/);
  });
});
