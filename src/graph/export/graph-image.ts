// The graph as a picture to keep: a standalone SVG with a title, the current filters
// and a legend, with every style written onto the elements (the app's stylesheet and
// its CSS variables do not travel with a file), and a PNG drawn from that SVG.
import { i18n } from '@lingui/core';
import { NODE_TYPES } from '../../domain/model';
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
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
}

function legend(
  x: number,
  y: number,
  colourOf: (cls: string, property: 'fill' | 'stroke') => string,
): SVGGElement {
  const group = element('g', {
    transform: `translate(${x},${y})`,
    'font-family': 'system-ui, sans-serif',
    'font-size': 12,
  });
  NODE_TYPES.forEach((type, i) => {
    const row = element('g', { transform: `translate(${i * 110},0)` });
    row.append(
      element('path', {
        d: shapePath(type, 7),
        transform: 'translate(8,0)',
        fill: colourOf(`node--${type}`, 'fill'),
      }),
    );
    row.append(element('text', { x: 20, y: 4 }, NODE_SHAPE[type].name));
    group.append(row);
  });
  Object.entries(EDGE_LEGEND).forEach(([kind, meaning], i) => {
    const row = element('g', {
      transform: `translate(${(i % 3) * 230},${22 + Math.floor(i / 3) * 18})`,
    });
    row.append(
      element('line', {
        x1: 0,
        y1: 0,
        x2: 24,
        y2: 0,
        stroke: colourOf(`edge--${kind}`, 'stroke'),
        'stroke-width': 2,
      }),
    );
    row.append(element('text', { x: 30, y: 4 }, i18n._(meaning)));
    group.append(row);
  });
  return group;
}

/** A standalone SVG document of what the graph shows now, fitted to its content. */
export function graphToSvg(
  svg: SVGSVGElement,
  text: GraphPictureText,
): { markup: string; width: number; height: number } {
  const viewport = svg.querySelector<SVGGElement>(':scope > g');
  const box = viewport?.getBBox() ?? { x: 0, y: 0, width: 1, height: 1 };
  const margin = 24;
  const header = 64;
  const footer = 110;
  const width = Math.max(Math.ceil(box.width + 2 * margin), 720);
  const height = Math.ceil(box.height + 2 * margin + header + footer);

  const clone = viewport ? (viewport.cloneNode(true) as SVGGElement) : element('g', {});
  if (viewport) inlineStyles(viewport, clone);
  clone.setAttribute(
    'transform',
    `translate(${(width - box.width) / 2 - box.x},${header + margin - box.y})`,
  );

  const colourOf = (cls: string, property: 'fill' | 'stroke') => {
    const probe = svg.querySelector(cls.startsWith('node') ? `.${cls} .node__shape` : `.${cls}`);
    return probe ? getComputedStyle(probe).getPropertyValue(property) : '#666';
  };
  const out = element('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  out.append(element('rect', { width, height, fill: '#ffffff' }));
  out.append(
    element(
      'text',
      {
        x: margin,
        y: 30,
        'font-family': 'system-ui, sans-serif',
        'font-size': 18,
        'font-weight': 700,
      },
      text.title,
    ),
  );
  out.append(
    element(
      'text',
      { x: margin, y: 52, 'font-family': 'system-ui, sans-serif', 'font-size': 13, fill: '#444' },
      text.filters,
    ),
  );
  out.append(clone);
  out.append(legend(margin, height - footer + 24, colourOf));
  out.append(
    element(
      'text',
      {
        x: margin,
        y: height - 12,
        'font-family': 'system-ui, sans-serif',
        'font-size': 11,
        fill: '#444',
      },
      text.credit,
    ),
  );
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
