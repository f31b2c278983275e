// The graph as a picture for a slide: a 16:9 standalone SVG of the view on screen, with a
// title, the current filters and a legend, with every style written onto the elements
// (the app's stylesheet and its CSS variables do not travel with a file), and a PNG
// drawn from that SVG.
import arabicFontUrl from '@fontsource-variable/vazirmatn/files/vazirmatn-arabic-wght-normal.woff2?url';
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { NODE_TYPES, type NodeType } from '../../domain/model';
import { textDirection } from '../../lib/text-direction';
import { svgAnchor, type LabelAnchor } from '../label-layout';
import { EDGE_LEGEND, NODE_SHAPE, shapePath } from '../node-style';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The presentation properties the graph's stylesheet sets; each is copied as an attribute. */
const STYLED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'direction',
  'paint-order',
  'stroke-linejoin',
] as const;

export interface GraphPictureText {
  readonly title: string;
  /** E.g. "Showing: issues, actors · Focus: …". */
  readonly filters: string;
  readonly credit: string;
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Copies the computed look of every drawn element onto its clone; hidden ones are dropped. */
function inlineStyles(source: Element, clone: Element): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((original, i) => {
    const copy = clones[i];
    if (!copy) return;
    const style = getComputedStyle(original);
    if (style.display === 'none') {
      copy.setAttribute('display', 'none');
      return;
    }
    for (const property of STYLED) copy.setAttribute(property, style.getPropertyValue(property));
    // Labels undo the zoom through CSS (graph.css): the picture keeps their screen size.
    if (style.transform !== 'none') copy.setAttribute('transform', style.transform);
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
}

/** The slide the picture is made for: 16:9, at a projector's full size. */
const SLIDE = { width: 1920, height: 1080, margin: 40, legendWidth: 400 } as const;
const LATIN_FONT = 'system-ui, sans-serif';
/** The face for Arabic script (Dari) that the app's stylesheet declares (styles/right-to-left.css). */
const ARABIC_FAMILY = 'Stancemap Arabic';
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** The picture's font: the Arabic face first when the picture holds Arabic script (set by graphToSvg). */
let FONT = LATIN_FONT;

/** The font file as a data: URL (a classroom copy has it inline already). */
async function fontDataUrl(url: string): Promise<string> {
  if (url.startsWith('data:')) return url;
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** Wraps a line of text to at most `chars` characters a line, on words. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= chars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A block of text, one <tspan> a line, whose lines start (`'start'`: left edge; `'end'`:
 * right edge) at x, each in its own direction: a Dari title reads right to left, a Latin
 * name left to right, and each sits where the layout put it in every browser and viewer.
 */
function textBlock(
  x: number,
  y: number,
  lines: readonly string[],
  size: number,
  attributes: Record<string, string | number> = {},
  edge: LabelAnchor = 'start',
): SVGTextElement {
  const block = element('text', { x, y, 'font-family': FONT, 'font-size': size, ...attributes });
  lines.forEach((line, i) => {
    const direction = textDirection(line);
    block.append(
      element(
        'tspan',
        { x, dy: i ? size * 1.25 : 0, direction, 'text-anchor': svgAnchor(edge, direction) },
        line,
      ),
    );
  });
  return block;
}

/** How an edge of a kind is drawn on screen: read from a probe line of that class. */
function edgeLook(
  svg: SVGSVGElement,
  kind: string,
): { stroke: string; 'stroke-width': string; 'stroke-dasharray': string } {
  const probe = document.createElementNS(SVG_NS, 'line');
  probe.setAttribute('class', `edge edge--${kind}`);
  (svg.querySelector('.graph__edges') ?? svg).append(probe);
  const style = getComputedStyle(probe);
  const look = {
    stroke: style.stroke || '#666',
    'stroke-width': style.strokeWidth || '2',
    'stroke-dasharray': style.strokeDasharray || 'none',
  };
  probe.remove();
  return look;
}

/**
 * The node types the graph draws now. What it draws can be less than the filters let
 * through (a phone's overview is a map of the issues; arguments fold into positions),
 * so the picture's subtitle and legend name these, not the filters.
 */
export function drawnNodeTypes(svg: SVGSVGElement): NodeType[] {
  return NODE_TYPES.filter((type) => svg.querySelector(`.graph__nodes .node--${type}`));
}

/** The kinds of link the graph draws now, in the legend's order. */
function drawnEdgeKinds(svg: SVGSVGElement): string[] {
  return Object.keys(EDGE_LEGEND).filter((kind) =>
    svg.querySelector(`.graph__edges .edge--${kind}`),
  );
}

/** The legend, in a column: each node shape and kind of link drawn, as drawn, dashes included. */
function legend(svg: SVGSVGElement, x: number, y: number): SVGGElement {
  const group = element('g', { transform: `translate(${x},${y})`, 'font-family': FONT });
  const fillOf = (type: string) => {
    const probe = svg.querySelector(`.node--${type} .node__shape`);
    return probe ? getComputedStyle(probe).fill : '#666';
  };
  group.append(element('text', { x: 0, y: 0, 'font-size': 20, 'font-weight': 700 }, t`Nodes`));
  const types = drawnNodeTypes(svg);
  types.forEach((type, i) => {
    const row = element('g', { transform: `translate(0,${32 + i * 32})` });
    row.append(
      element('path', { d: shapePath(type, 9), transform: 'translate(12,0)', fill: fillOf(type) }),
    );
    row.append(element('text', { x: 34, y: 6, 'font-size': 18 }, NODE_SHAPE[type].name));
    group.append(row);
  });
  const kinds = drawnEdgeKinds(svg);
  if (!kinds.length) return group;
  const links = 32 + types.length * 32 + 24;
  group.append(element('text', { x: 0, y: links, 'font-size': 20, 'font-weight': 700 }, t`Links`));
  kinds.forEach((kind, i) => {
    const meaning = EDGE_LEGEND[kind]!;
    const row = element('g', { transform: `translate(0,${links + 32 + i * 30})` });
    const look = edgeLook(svg, kind);
    row.append(element('line', { x1: 0, y1: 0, x2: 44, y2: 0, ...look, 'stroke-width': 3 }));
    if (kind === 'supports')
      row.append(element('path', { d: 'M42,-6L54,0L42,6z', fill: look.stroke }));
    if (kind === 'attacks')
      row.append(element('path', { d: 'M48,-7h4v14h-4z', fill: look.stroke }));
    row.append(element('text', { x: 62, y: 6, 'font-size': 16 }, i18n._(meaning)));
    group.append(row);
  });
  return group;
}

/**
 * A 16:9 standalone SVG of what the graph shows on screen now: the same view, labels
 * where the screen placed them (so none collide), enlarged to fill a slide, with the
 * title, the filters and a legend that draws each link as the graph does. On a
 * right-to-left page the title, filters and credit sit on the right. A picture with
 * Arabic script carries its face inside (an SVG drawn as an image, and a file opened on
 * another machine, see no web fonts), so Dari reads the same everywhere.
 */
export async function graphToSvg(
  svg: SVGSVGElement,
  text: GraphPictureText,
): Promise<{ markup: string; width: number; height: number }> {
  const { width, height, margin, legendWidth } = SLIDE;
  const viewport = svg.querySelector<SVGGElement>(':scope > g');
  const defs = svg.querySelector(':scope > defs');
  const screen = { width: svg.clientWidth || 1, height: svg.clientHeight || 1 };

  const arabic = ARABIC_SCRIPT.test(
    [text.title, text.filters, text.credit, viewport?.textContent ?? ''].join(' '),
  );
  FONT = arabic ? `'${ARABIC_FAMILY}', ${LATIN_FONT}` : LATIN_FONT;
  const rightToLeft = getComputedStyle(svg).direction === 'rtl';
  const textX = rightToLeft ? width - margin : margin;
  const edge: LabelAnchor = rightToLeft ? 'end' : 'start';

  const out = element('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  if (arabic) {
    const style = element('style', {});
    // eslint-disable-next-line lingui/no-unlocalized-strings -- CSS, not prose
    style.textContent = `@font-face{font-family:'${ARABIC_FAMILY}';font-weight:100 900;src:url(${await fontDataUrl(arabicFontUrl)}) format('woff2')}`;
    out.append(style);
  }
  out.append(element('rect', { width, height, fill: '#ffffff' }));
  if (defs) {
    const copy = defs.cloneNode(true) as Element;
    inlineStyles(defs, copy);
    out.append(copy);
  }
  const titleLines = wrap(text.title, 80).slice(0, 2);
  out.append(textBlock(textX, margin + 30, titleLines, 34, { 'font-weight': 700 }, edge));
  const filtersY = margin + 30 + titleLines.length * 42;
  out.append(textBlock(textX, filtersY, [text.filters], 18, { fill: '#444' }, edge));
  const top = filtersY + 24;
  const bottom = height - margin - 24;

  // The view as it is on screen, scaled up to the slide's graph area, clipped to it.
  const area = { width: width - 3 * margin - legendWidth, height: bottom - top };
  const scale = Math.min(area.width / screen.width, area.height / screen.height);
  const x = margin + (area.width - screen.width * scale) / 2;
  const y = top + (area.height - screen.height * scale) / 2;
  const clip = element('clipPath', { id: 'graph-view' });
  clip.append(element('rect', { width: screen.width, height: screen.height }));
  out.append(clip);
  const frame = element('g', { transform: `translate(${x},${y}) scale(${scale})` });
  const view = element('g', { 'clip-path': 'url(#graph-view)' });
  if (viewport) {
    const clone = viewport.cloneNode(true) as SVGGElement;
    inlineStyles(viewport, clone);
    view.append(clone);
  }
  frame.append(view);
  out.append(frame);
  out.append(legend(svg, width - margin - legendWidth, top + 20));
  out.append(textBlock(textX, height - margin + 8, [text.credit], 15, { fill: '#444' }, edge));
  return { markup: new XMLSerializer().serializeToString(out), width, height };
}

/** Draws the SVG markup onto a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(
  markup: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
