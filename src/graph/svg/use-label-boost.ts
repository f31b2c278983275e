// The labels' size factor, `--label-boost` in the stylesheet (the contrast theme, a
// projector's width, a tour), held as state so that the layout leaves each name the room
// it takes as drawn: reserved at size 1, a projector's 1.5× issue name reached over the
// nodes around its box and was hidden. Read again whenever what sets it may change: the
// theme (the root's `data-theme`), a tour (the app's `data-presenting`) and the graph's
// width. Null until the graph is on the page and the factor has been read.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** The factor the stylesheet gives the labels of this graph. */
export function labelBoostOf(svg: Element | null): number {
  return Number.parseFloat(svg ? getComputedStyle(svg).getPropertyValue('--label-boost') : '') || 1;
}

export function useLabelBoost(svgRef: RefObject<SVGSVGElement | null>): number | null {
  const [boost, setBoost] = useState<number | null>(null);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const read = () => setBoost(labelBoostOf(svg));
    read();
    const attributes = new MutationObserver(read);
    attributes.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const app = svg.closest('.app');
    if (app) attributes.observe(app, { attributes: true, attributeFilter: ['data-presenting'] });
    // jsdom has no ResizeObserver: there, the width never changes.
    const resize = globalThis.ResizeObserver ? new ResizeObserver(read) : null;
    resize?.observe(svg);
    return () => {
      attributes.disconnect();
      resize?.disconnect();
    };
  }, [svgRef]);
  return boost;
}
