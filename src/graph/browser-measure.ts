// Label widths as the browser draws them, for label placement (label-layout.ts), which
// otherwise estimates them from character counts.
import type { Measure } from './label-layout';

/** Text widths as the browser draws them, cached; an estimate where there is no canvas. */
export function browserMeasure(fontFamily: string): Measure | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return undefined;
  const cache = new Map<string, number>();
  // Setting the font parses it and looks the face up again, which costs more than the
  // measuring itself: only when it changes.
  let current = '';
  return (text, font, weight) => {
    const key = `${weight} ${font}px|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const wanted = `${weight} ${font}px ${fontFamily}`;
      if (wanted !== current) context.font = current = wanted;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
