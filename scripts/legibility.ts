// npm run legibility: how readable the graph is, measured the way a reader meets it.
// Builds nothing: run after `npm run build`. In headless Chromium it opens the bundled
// debate at a 360 px phone (touch), a 360 px embed, 1280 and 1920 px, on the overview
// and on each issue's focus (?issue=), waits for the layout to rest, and measures every
// label the graph draws (the `data-label-for` hook, url-and-embed.md) against the
// others, the nodes and the graph's edges. It prints a table and writes it to
// docs/legibility.md (or --out=FILE); --shots=DIR also saves a screenshot of each case;
// --sizes=360-phone,1280 measures only those.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
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

interface Measure {
  visibleNodes: number;
  labelledNamed: number;
  expectedNamed: number;
  labelledPositions: number;
  expectedPositions: number;
  labelOverlaps: number;
  labelsOnNodes: number;
  labelsCutOff: number;
  labelsShortened: number;
  smallestLabelPx: number;
  medianNodePx: number;
  smallestNodePx: number;
}

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outFile = arg('out') ?? 'docs/legibility.md';
const shotsDir = arg('shots');

interface RawDebate {
  issues: { id: string }[];
  positions: { id: string; issue: string }[];
  actors: { id: string }[];
  stances: { actor: string; position: string }[];
}
const debate = JSON.parse(
  await readFile(new URL('../data/eu-taliban-returns.json', import.meta.url), 'utf8'),
) as RawDebate;

/** The issues, actors and positions a screen must name: all of them, or one issue's. */
function expected(issue: string | null): { named: string[]; positions: string[] } {
  if (!issue)
    return {
      named: [...debate.issues.map((i) => i.id), ...debate.actors.map((a) => a.id)],
      positions: debate.positions.map((p) => p.id),
    };
  const positions = debate.positions.filter((p) => p.issue === issue).map((p) => p.id);
  const actors = new Set(
    debate.stances.filter((s) => positions.includes(s.position)).map((s) => s.actor),
  );
  return { named: [issue, ...actors], positions };
}

/** Runs in the page: every number of the table for what is on screen now. */
function measureInPage(args: { named: string[]; positions: string[] }): Measure {
  const graph = document.querySelector('[data-testid="graph"]')!;
  const box = (graph.querySelector('.graph') ?? graph).getBoundingClientRect();
  const opacity = (el: Element | null): number => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const shown = (el: Element) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && opacity(el) >= 0.5;
  };
  const inter = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  const onScreen = (r: DOMRect) =>
    r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;

  const nodes = [...graph.querySelectorAll<SVGElement>('[data-node-id]')].flatMap((el) => {
    const shape = el.querySelector('.node__shape') ?? el;
    const rect = shape.getBoundingClientRect();
    return shown(shape) && onScreen(rect) ? [{ id: el.dataset.nodeId!, rect }] : [];
  });
  let labelElements = [...graph.querySelectorAll<Element>('[data-label-for]')].map((el) => ({
    el,
    id: el.getAttribute('data-label-for')!,
  }));
  if (!labelElements.length)
    // Before the hook existed: the label text beside each node element.
    labelElements = [...graph.querySelectorAll<Element>('.node')].flatMap((node) => {
      const el = node.querySelector('.node__label');
      const id = node.querySelector<SVGElement>('[data-node-id]')?.dataset.nodeId;
      return el && id ? [{ el, id }] : [];
    });
  const labels = labelElements.flatMap(({ el, id }) => {
    if (!shown(el)) return [];
    const rect = el.getBoundingClientRect();
    if (!onScreen(rect)) return [];
    const scale = (el as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1;
    const font = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
    return [{ id, rect, font, text: el.textContent ?? '' }];
  });
  let labelOverlaps = 0;
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (inter(labels[i]!.rect, labels[j]!.rect)) labelOverlaps++;
  const labelsOnNodes = labels.filter((l) =>
    nodes.some((n) => n.id !== l.id && inter(l.rect, n.rect)),
  ).length;
  const inside = (r: DOMRect) =>
    r.left >= box.left - 1 &&
    r.right <= box.right + 1 &&
    r.top >= box.top - 1 &&
    r.bottom <= box.bottom + 1 &&
    r.right <= window.innerWidth + 1;
  const labelsCutOff = labels.filter((l) => !inside(l.rect)).length;
  const named = new Set(labels.filter((l) => inside(l.rect)).map((l) => l.id));
  const sizes = nodes.map((n) => Math.max(n.rect.width, n.rect.height)).sort((a, b) => a - b);
  return {
    visibleNodes: nodes.length,
    labelledNamed: args.named.filter((id) => named.has(id)).length,
    expectedNamed: args.named.length,
    labelledPositions: args.positions.filter((id) => named.has(id)).length,
    expectedPositions: args.positions.length,
    labelOverlaps,
    labelsOnNodes,
    labelsCutOff,
    labelsShortened: labels.filter((l) => l.text.includes('…')).length,
    smallestLabelPx: labels.length ? Math.min(...labels.map((l) => l.font)) : 0,
    medianNodePx: sizes.length ? sizes[Math.floor(sizes.length / 2)]! : 0,
    smallestNodePx: sizes[0] ?? 0,
  };
}

/** Waits until no node has moved for half a second (the layout and its labels rest). */
async function untilStill(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
    timeout: 30_000,
  });
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="graph"] .node, [data-label-for]')]
        .map((n) => `${n.getAttribute('transform')}${n.getAttribute('x')}${n.getAttribute('y')}`)
        .join('|'),
    );
  let last = await snapshot();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(500);
    const now = await snapshot();
    if (now === last) return;
    last = now;
  }
}

const [browser, server] = await Promise.all([
  launchBrowser(),
  startStaticServer(new URL('../dist', import.meta.url).pathname),
]);
const rows: string[] = [];
try {
  if (shotsDir) await mkdir(shotsDir, { recursive: true });
  const only = arg('sizes')?.split(',');
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
      const query = [size.query, issue ? `issue=${issue}` : ''].filter(Boolean).join('&');
      await page.goto(`${server.appUrl}${query ? `?${query}` : ''}`);
      await untilStill(page);
      const m = await page.evaluate(measureInPage, expected(issue));
      if (shotsDir)
        await page.screenshot({
          path: `${shotsDir}/${size.name.replace(/\W+/g, '-')}-${issue ?? 'overview'}.png`,
        });
      rows.push(
        `| ${size.name} | ${issue ?? 'overview'} | ${m.visibleNodes} | ${m.labelledNamed}/${m.expectedNamed} | ${m.labelledPositions}/${m.expectedPositions} | ${m.labelOverlaps} | ${m.labelsOnNodes} | ${m.labelsCutOff} | ${m.labelsShortened} | ${m.smallestLabelPx.toFixed(1)} | ${m.medianNodePx.toFixed(1)} | ${m.smallestNodePx.toFixed(1)} |`,
      );
      console.log(rows.at(-1));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const table = [
  '| size | screen | visible nodes | issues + actors named | positions named | label–label overlaps | labels on other nodes | labels cut off | labels shortened (…) | smallest label, px | median node, px | smallest node, px |',
  '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...rows,
].join('\n');
const date = new Date().toISOString().slice(0, 10);
await writeFile(
  outFile,
  `# Graph legibility\n\nMeasured by \`npm run legibility\` on ${date} (${cpus().length} CPUs, headless Chromium), bundled debate. "Named" counts a label fully inside the graph; an issue's focus names the issue and the actors with a stance on its positions.\n\n${table}\n`,
);
console.log(`\n${table}\n\nwritten to ${outFile}`);
