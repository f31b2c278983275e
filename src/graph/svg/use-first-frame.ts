// The first frame is on screen once the browser has painted the settled, fitted
// layout with its labels placed: after the fonts have arrived (labels are measured in
// them) and once the graph's box has kept its size for a frame (the page around it
// may still be settling; a new size fits the graph again), the next frame comes
// after that paint.
import { useEffect, type RefObject } from 'react';

export function useFirstFrame(
  svgRef: RefObject<SVGSVGElement | null>,
  /** A layout still settling: resolves when it is done or replaced. */
  settlingRef: RefObject<Promise<void> | null>,
  placeLabelsNowRef: RefObject<() => void>,
  onFirstFrame: (() => void) | undefined,
): void {
  useEffect(() => {
    let frame = 0;
    let live = true;
    const svg = svgRef.current;
    const sizeNow = () => (svg ? `${svg.clientWidth}x${svg.clientHeight}` : '');
    const fonts = typeof document !== 'undefined' && document.fonts ? document.fonts.ready : null;
    // A layout replaced while settling resolves too: wait for the one that lasts.
    const settled = async () => {
      while (settlingRef.current) await settlingRef.current;
    };
    void Promise.all([fonts, settled()]).then(() => {
      if (!live) return;
      if (fonts) placeLabelsNowRef.current();
      let last = sizeNow();
      const wait = () => {
        frame = requestAnimationFrame(() => {
          const now = sizeNow();
          if (now !== last) {
            last = now;
            wait();
          } else {
            // Ready means the labels are placed: place them for the final box and
            // fonts now (a timer may still be pending), and report after that paint.
            placeLabelsNowRef.current();
            frame = requestAnimationFrame(() => onFirstFrame?.());
          }
        });
      };
      wait();
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [svgRef, settlingRef, placeLabelsNowRef, onFirstFrame]);
}
