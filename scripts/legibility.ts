// npm run legibility: how readable the graph is, measured the way a reader meets it.
// Builds nothing: run after `npm run build`. In headless Chromium it opens the bundled
// debate at a 360 px phone (touch), a 360 px embed, 1280 and 1920 px, on the overview
// and on each issue's focus (?issue=), waits for the layout to rest, and measures every
// label the graph draws (the `data-label-for` hook, url-and-embed.md) against the
// others, the nodes and the graph's edges. It prints a table and writes it to
// docs/legibility.md (or --out=FILE), with how long clicks, Back and a filter take to
// paint at 1280 px (Event Timing, five times each); --shots=DIR also saves a screenshot of each case;
// --sizes=360-phone,1280 and --screens=overview,safeguards measure only those.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

/** The interactions timed at 1280 px: where each starts, and what the reader does. */
const INTERACTIONS: { name: string; query: string; act: (page: Page) => Promise<void> }[] = [
  ...['european-commission', 'hold-technical-talks', 'talks-with-taliban'].map((id) => ({
    name: `click on ${id}`,
    query: '',
    act: (page: Page) => page.locator(`[data-node-id="${id}"]`).click(),
  })),
  {
    name: 'Back to all issues',
    query: '?issue=talks-with-taliban',
    act: (page) => page.getByRole('button', { name: 'All issues' }).click(),
  },
  {
    name: 'Arguments filter off',
    query: '',
    act: (page) => page.getByRole('checkbox', { name: 'Arguments' }).click(),
  },
];
const TIMES = 5;

/**
 * Each interaction, five times from a fresh page, timed by Event Timing: the longest
 * `duration` (input to the next paint) among its events. Event Timing reports only
 * events of 16 ms and more; one it leaves out was faster (counted as 16).
 */
async function interactionTimes(page: Page): Promise<string[]> {
  const rows: string[] = [];
  for (const { name, query, act } of INTERACTIONS) {
    const times: number[] = [];
    for (let time = 0; time < TIMES; time++) {
      await page.goto(server.appUrl + query);
      await untilStill(page);
      await page.evaluate(() => {
        const w = window as unknown as { eventTimes: number[] };
        w.eventTimes = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.eventTimes.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      });
      await act(page);
      // The observer reports after the paint; give a slow one time to come.
      await page.waitForTimeout(500);
      times.push(
        await page.evaluate(() =>
          Math.max(16, ...(window as unknown as { eventTimes: number[] }).eventTimes),
        ),
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    rows.push(
      `| ${name} | ${sorted[Math.floor(TIMES / 2)]!.toFixed(0)} | ${sorted.at(-1)!.toFixed(0)} | ${times.map((t) => t.toFixed(0)).join(', ')} |`,
    );
    console.log(rows.at(-1));
  }
  return rows;
}

const [browser, server] = await Promise.all([
  launchBrowser(),
  startStaticServer(new URL('../dist', import.meta.url).pathname),
]);
const rows: string[] = [];
const interactions: string[] = [];
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
    if (size.name === '1280') interactions.push(...(await interactionTimes(page)));
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
const clickTable = interactions.length
  ? [
      '',
      `Interactions at 1280 px, each ${TIMES} times from a fresh page, from input to the next paint (Event Timing \`duration\`, the longest of its events; an actor and a position select, an issue opens its focus). The pointer arrives and presses at once, as a test does; a reader's rests first:`,
      '',
      '| interaction | median, ms | slowest, ms | each, ms |',
      '| --- | --: | --: | --- |',
      ...interactions,
    ].join('\n')
  : '';
const date = new Date().toISOString().slice(0, 10);
// Notes written by hand between these markers are kept from one run to the next.
const NOTES = /<!-- notes -->[\s\S]*?<!-- \/notes -->\n\n/;
const notes = (await readFile(outFile, 'utf8').catch(() => '')).match(NOTES)?.[0] ?? '';
await writeFile(
  outFile,
  `# Graph legibility\n\nMeasured by \`npm run legibility\` on ${date} (${cpus().length} CPUs, headless Chromium), bundled debate. "Named" counts a label fully inside the graph; an issue's focus names the issue and the actors with a stance on its positions.\n\n${notes}${table}\n${clickTable}\n`,
);
console.log(`\n${table}\n\nwritten to ${outFile}`);
