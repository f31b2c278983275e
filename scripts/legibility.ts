// npm run legibility: how readable the graph is, measured the way a reader meets it.
// Builds nothing: run after `npm run build`. In headless Chromium it opens the bundled
// debate at a 360 px phone (touch), a 360 px embed, 1280 and 1920 px, on the overview
// and on each issue's focus (?issue=), waits for the layout to rest, and measures every
// label the graph draws (the `data-label-for` hook, url-and-embed.md) against the
// others, the nodes and the graph's edges. It prints a table and writes it to
// docs/legibility.md (or --out=FILE), with how long a click on a node takes to paint at
// 1280 px (Event Timing); --shots=DIR also saves a screenshot of each case;
// --sizes=360-phone,1280 and --screens=overview,safeguards measure only those.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import {
  bundledDebate as debate,
  expectedNames as expected,
  measureInPage,
  untilStill,
} from '../tests/e2e/support/legibility.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

interface Size {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly touch: boolean;
  readonly query: string;
}

const SIZES: readonly Size[] = [
  { name: '360 phone', width: 360, height: 740, touch: true, query: '' },
  { name: '360 embed', width: 360, height: 640, touch: false, query: 'embed=1' },
  { name: '1280', width: 1280, height: 800, touch: false, query: '' },
  { name: '1920', width: 1920, height: 1080, touch: false, query: '' },
];

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outFile = arg('out') ?? 'docs/legibility.md';
const shotsDir = arg('shots');

/**
 * Clicks on nodes of the 1280 px overview, each timed by Event Timing: the longest
 * `duration` (input to the next paint) among the click's pointer and click events.
 * Event Timing reports only events of 16 ms and more; a click it leaves out was faster.
 */
async function clickTimes(page: Page): Promise<string[]> {
  await page.goto(server.appUrl);
  await untilStill(page);
  const rows: string[] = [];
  for (const id of ['european-commission', 'hold-technical-talks', 'talks-with-taliban']) {
    await page.evaluate(() => {
      const w = window as unknown as { eventTimes: { name: string; duration: number }[] };
      w.eventTimes = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.eventTimes.push({ name: e.name, duration: e.duration });
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    await page.locator(`[data-node-id="${id}"]`).click();
    const done = await page
      .waitForFunction(
        () =>
          (window as unknown as { eventTimes: { name: string }[] }).eventTimes.some(
            (e) => e.name === 'click',
          ),
        null,
        { timeout: 2_000 },
      )
      .then(
        () => true,
        () => false,
      );
    const longest = await page.evaluate(() =>
      Math.max(
        0,
        ...(window as unknown as { eventTimes: { duration: number }[] }).eventTimes.map(
          (e) => e.duration,
        ),
      ),
    );
    rows.push(`| ${id} | ${done || longest ? longest.toFixed(0) : '< 16'} |`);
    console.log(rows.at(-1));
    await page.goto(server.appUrl);
    await untilStill(page);
  }
  return rows;
}

const [browser, server] = await Promise.all([
  launchBrowser(),
  startStaticServer(new URL('../dist', import.meta.url).pathname),
]);
const rows: string[] = [];
const clicks: string[] = [];
try {
  if (shotsDir) await mkdir(shotsDir, { recursive: true });
  const only = arg('sizes')?.split(',');
  const screens = arg('screens')?.split(',');
  for (const size of SIZES.filter((s) => !only || only.includes(s.name.split(' ').join('-')))) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      hasTouch: size.touch,
      isMobile: size.touch,
    });
    // tsx names functions with a helper the page does not have.
    await context.addInitScript('globalThis.__name = (f) => f');
    const page = await context.newPage();
    for (const issue of [null, ...debate.issues.map((i) => i.id)]) {
      if (screens && !screens.includes(issue ?? 'overview')) continue;
      const query = [size.query, issue ? `issue=${issue}` : ''].filter(Boolean).join('&');
      await page.goto(`${server.appUrl}${query ? `?${query}` : ''}`);
      await untilStill(page);
      const m = await page.evaluate(measureInPage, expected(issue));
      if (shotsDir)
        await page.screenshot({
          path: `${shotsDir}/${size.name.replace(/\W+/g, '-')}-${issue ?? 'overview'}.png`,
        });
      rows.push(
        `| ${size.name} | ${issue ?? 'overview'} | ${m.visibleNodes} | ${m.labelledNamed}/${m.expectedNamed} | ${m.labelledPositions}/${m.expectedPositions} | ${m.labelOverlaps} | ${m.labelsOnNodes} | ${m.labelsCutOff} | ${m.labelsShortened} (${m.namesShortened}) | ${m.smallestLabelPx.toFixed(1)} | ${m.medianNodePx.toFixed(1)} | ${m.smallestNodePx.toFixed(1)} |`,
      );
      console.log(rows.at(-1));
    }
    if (size.name === '1280') clicks.push(...(await clickTimes(page)));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const table = [
  '| size | screen | visible nodes | issues + actors named | positions named | label–label overlaps | labels on other nodes | labels cut off | labels shortened (…) (of them issues, positions, actors) | smallest label, px | median node, px | smallest node, px |',
  '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...rows,
].join('\n');
const clickTable = clicks.length
  ? [
      '',
      'A click on a node at 1280 px, from input to the next paint (Event Timing `duration`, the longest of its pointer and click events; an actor and a position select, an issue opens its focus):',
      '',
      '| node clicked | input → next paint, ms |',
      '| --- | --: |',
      ...clicks,
    ].join('\n')
  : '';
const date = new Date().toISOString().slice(0, 10);
await writeFile(
  outFile,
  `# Graph legibility\n\nMeasured by \`npm run legibility\` on ${date} (${cpus().length} CPUs, headless Chromium), bundled debate. "Named" counts a label fully inside the graph; an issue's focus names the issue and the actors with a stance on its positions.\n\n${table}\n${clickTable}\n`,
);
console.log(`\n${table}\n\nwritten to ${outFile}`);
