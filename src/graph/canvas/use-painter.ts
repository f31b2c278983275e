// The painter: a dirty flag and one requestAnimationFrame; the canvas's backing store
// follows its CSS size times the device pixel ratio, and the theme is read again when
// the colour scheme or a late font changes it.
import { useLayoutEffect, type RefObject } from 'react';
import { IDENTITY_VIEW } from '../interaction/view-transform';
import { drawScene } from './draw-scene';
import type { CanvasParts } from './scene';
import { readTheme } from './theme';

/** While the layout moves, frames are drawn at most this often (about 30 a second). */
const MOTION_FRAME_MS = 30;

export function usePainter(
  { engine, sceneRef, rootRef, canvasRef, panZoomRef, followLayout }: CanvasParts,
  /** Called from the animation frame that draws the first picture, just before it is painted. */
  onFirstFrameRef: RefObject<(() => void) | undefined>,
): void {
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    const canvas = canvasRef.current;
    const root = rootRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !root || !ctx) return;
    let frame: number | null = null;
    let firstDrawn = false;
    let lastDrawn = -Infinity;
    /** How long the last picture took to draw, ms. */
    let lastCost = 0;
    let width = 0;
    let height = 0;
    let ratio = 0;
    const fitBackingStore = () => {
      width = canvas.clientWidth;
      height = canvas.clientHeight;
      ratio = window.devicePixelRatio || 1;
      canvas.width = Math.max(1, Math.round(width * ratio));
      canvas.height = Math.max(1, Math.round(height * ratio));
    };
    const draw = (time: number) => {
      frame = null;
      const moving = engine.isRunning();
      // While the layout moves, at most MOTION_FRAME_MS apart: the worker and the
      // page share a modest laptop's few cores. A picture that takes long to draw (many
      // thousands of nodes, a slow or busy machine) waits twice its own cost, so the
      // page keeps two thirds of its time for the reader's keys and clicks.
      if (moving && firstDrawn && time - lastDrawn < Math.max(MOTION_FRAME_MS, 3 * lastCost)) {
        frame = requestAnimationFrame(draw);
        return;
      }
      lastDrawn = time;
      if (ratio !== (window.devicePixelRatio || 1)) fitBackingStore();
      scene.theme ??= readTheme(root);
      const t = panZoomRef.current?.transform() ?? IDENTITY_VIEW;
      scene.state.focused = scene.focused;
      scene.state.moving = moving;
      const began = performance.now();
      drawScene(
        ctx,
        engine.nodes(),
        scene.edges,
        { ...scene.theme, width, height, pixelRatio: ratio },
        { x: t.x, y: t.y, k: t.k },
        scene.state,
      );
      lastCost = performance.now() - began;
      if (!firstDrawn) {
        firstDrawn = true;
        onFirstFrameRef.current?.();
      }
    };
    scene.invalidate = () => {
      frame ??= requestAnimationFrame(draw);
    };
    fitBackingStore();
    const resize = new ResizeObserver(() => {
      fitBackingStore();
      if (followLayout.current) panZoomRef.current?.fit(engine.bounds());
      scene.invalidate();
    });
    resize.observe(canvas);
    // Theme changes: colours are read again at the next paint.
    scene.restyle = () => {
      scene.theme = null;
      scene.invalidate();
    };
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', scene.restyle);
    // A face that arrives late (the Arabic-script one, fetched when a right-to-left page
    // first shows such text) is read again and the labels repainted in it.
    const fonts = typeof document.fonts?.addEventListener === 'function' ? document.fonts : null;
    fonts?.addEventListener('loadingdone', scene.restyle);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      resize.disconnect();
      scheme.removeEventListener('change', scene.restyle);
      fonts?.removeEventListener('loadingdone', scene.restyle);
      scene.invalidate = () => {};
    };
  }, [engine, sceneRef, rootRef, canvasRef, panZoomRef, followLayout, onFirstFrameRef]);
}
