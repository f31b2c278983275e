// Legibility of the drawn graph, measured in the page: labels against labels, nodes and
// the graph's edges; used by `npm run legibility` and the browser tests.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface RawDebate {
  meta: { title: string };
  issues: { id: string }[];
  positions: { id: string; issue: string }[];
  actors: { id: string }[];
  stances: { actor: string; position: string }[];
}
/** The bundled debate, as the app loads it. */
export const bundledDebate = JSON.parse(
  readFileSync(new URL('../../../data/eu-taliban-returns.json', import.meta.url), 'utf8'),
) as RawDebate;

/** The issues, actors and positions a screen must name: all of them, or one issue's. */
export function expectedNames(issue: string | null): { named: string[]; positions: string[] } {
  const debate = bundledDebate;
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

export interface Measure {
  visibleNodes: number;
  labelledNamed: number;
  expectedNamed: number;
  labelledPositions: number;
  expectedPositions: number;
  labelOverlaps: number;
  labelsOnNodes: number;
  labelsCutOff: number;
  /** Under the buttons and the hint drawn over the graph (zoom, Back, "Tap to explore"). */
  labelsUnderControls: number;
  labelsShortened: number;
  /** Of those, the issues', positions' and actors' (arguments may be shortened). */
  namesShortened: number;
  smallestLabelPx: number;
  medianNodePx: number;
  smallestNodePx: number;
}

/** Runs in the page: every number of the table for what is on screen now. */
export function measureInPage(args: {
  named: string[];
  positions: string[];
  /** Count faded labels too (a focus's dimmed rest): a faded name over another is still unreadable. */
  faded?: boolean;
}): Measure {
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
  const drawn = (el: Element) => {
    const r = el.getBoundingClientRect();
    return getComputedStyle(el).display !== 'none' && r.width > 0;
  };
  const labels = labelElements.flatMap(({ el, id }) => {
    if (!(args.faded ? drawn(el) : shown(el))) return [];
    const rect = el.getBoundingClientRect();
    if (!onScreen(rect)) return [];
    const scale = (el as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1;
    const font = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
    // Rounded to a tenth: the screen matrix carries float noise (11.9999… for 12).
    return [{ id, rect, font: Math.round(font * 10) / 10, text: el.textContent ?? '' }];
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
  const controls = [
    ...graph.querySelectorAll('.graph__zoom, .graph__back, .activation-gate__hint:not([hidden])'),
  ].map((c) => c.getBoundingClientRect());
  const labelsUnderControls = labels.filter((l) => controls.some((c) => inter(l.rect, c))).length;
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
    labelsUnderControls,
    labelsShortened: labels.filter((l) => l.text.includes('…')).length,
    namesShortened: labels.filter(
      (l) => l.text.includes('…') && (args.named.includes(l.id) || args.positions.includes(l.id)),
    ).length,
    smallestLabelPx: labels.length ? Math.min(...labels.map((l) => l.font)) : 0,
    medianNodePx: sizes.length ? sizes[Math.floor(sizes.length / 2)]! : 0,
    smallestNodePx: sizes[0] ?? 0,
  };
}

/** Waits until no node has moved for half a second (the layout and its labels rest). */
export async function untilStill(page: Page): Promise<void> {
  // Ready, and no layout settling out of sight (a focus opened since).
  const settled = () =>
    page.waitForFunction(
      () =>
        document.documentElement.dataset.ready === 'true' &&
        !document.querySelector('[data-testid="graph"] :is([data-settling], [aria-busy])'),
      null,
      { timeout: 30_000 },
    );
  await settled();
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="graph"] .node, [data-label-for]')]
        .map((n) => `${n.getAttribute('transform')}${n.getAttribute('x')}${n.getAttribute('y')}`)
        .join('|'),
    );
  let last = await snapshot();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(500);
    await settled();
    const now = await snapshot();
    if (now === last) return;
    last = now;
  }
}
