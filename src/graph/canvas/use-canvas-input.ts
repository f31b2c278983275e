// The pointer on the canvas: hit-testing through the engine's quadtree (forgiving for
// nodes that are small on screen), zoom and pan, node drag, and the test hooks that
// stand in for the elements a canvas does not have.
import { useLayoutEffect, useMemo } from 'react';
import type { NodeId } from '../../domain/model';
import type { SimNode } from '../engine/layout-engine';
import { attachDrag } from '../interaction/node-drag';
import { createPanZoom } from '../interaction/pan-zoom';
import { IDENTITY_VIEW, toGraph, toScreen } from '../interaction/view-transform';
import type { CanvasParts } from './scene';

/** The largest node radius (an issue), plus room: how far hit-testing looks. */
const HIT_REACH = 30;
/** A small node is still hit this close to its centre, in CSS pixels. */
const HIT_SLACK_PX = 6;
/** Big graphs fit the view only far out: a 5,000-node debate needs about 0.09. */
const MIN_SCALE = 0.02;

/**
 * Test hooks on the canvas, since it has no element per node: where a node is drawn,
 * and which node is at a point, both in client coordinates.
 */
export interface CanvasGraphElement extends HTMLCanvasElement {
  stancemapPointOf?: (id: string) => { x: number; y: number } | null;
  stancemapNodeAt?: (clientX: number, clientY: number) => string | null;
}

/** Where a pointer or touch event is, in the canvas's CSS pixels. */
function pointIn(canvas: HTMLCanvasElement, event: Event): [number, number] | null {
  const source =
    'touches' in event ? ((event as TouchEvent).touches[0] ?? null) : (event as MouseEvent);
  if (!source) return null;
  const rect = canvas.getBoundingClientRect();
  return [source.clientX - rect.left, source.clientY - rect.top];
}

/** Attaches zoom, pan and drag to the canvas; returns the hit-test (the node under an event). */
export function useCanvasInput(
  { engine, sceneRef, canvasRef, panZoomRef, followLayout }: CanvasParts,
  animate: boolean,
): (event: Event) => SimNode | null {
  const nodeAt = useMemo(
    () =>
      (event: Event): SimNode | null => {
        const canvas = canvasRef.current;
        const point = canvas ? pointIn(canvas, event) : null;
        if (!point) return null;
        const t = panZoomRef.current?.transform() ?? IDENTITY_VIEW;
        const [x, y] = toGraph(t, point);
        const slack = HIT_SLACK_PX / t.k;
        const node = engine.find(x, y, HIT_REACH + slack);
        if (!node) return null;
        return Math.hypot(node.x - x, node.y - y) <= Math.max(node.radius * 1.15, slack)
          ? node
          : null;
      },
    [engine, canvasRef, panZoomRef],
  );

  // Zoom, pan and drag, attached once to the canvas.
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    const canvas = canvasRef.current as CanvasGraphElement | null;
    if (!canvas) return;
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const panZoom = createPanZoom(canvas, null, {
      ignore: (event) => event.type !== 'wheel' && nodeAt(event) !== null,
      minScale: MIN_SCALE,
      onTransform: (_viewport, byUser) => {
        if (byUser) followLayout.current = false;
        scene.invalidate();
        clearTimeout(labelTimer);
        labelTimer = setTimeout(() => scene.relabel(), 150);
      },
    });
    panZoomRef.current = panZoom;
    const detachDrag = attachDrag(
      canvas,
      (event) => nodeAt(event)?.id ?? null,
      engine,
      animate,
      panZoom.transform,
    );
    canvas.stancemapNodeAt = (clientX, clientY) =>
      nodeAt(new MouseEvent('mousemove', { clientX, clientY }))?.id ?? null;
    canvas.stancemapPointOf = (id) => {
      const node = engine.node(id as NodeId);
      if (!node) return null;
      const [x, y] = toScreen(panZoom.transform(), [node.x, node.y]);
      const rect = canvas.getBoundingClientRect();
      return { x: rect.left + x, y: rect.top + y };
    };
    return () => {
      clearTimeout(labelTimer);
      detachDrag();
      panZoom.destroy();
      panZoomRef.current = null;
      delete canvas.stancemapPointOf;
      delete canvas.stancemapNodeAt;
    };
  }, [engine, sceneRef, canvasRef, panZoomRef, followLayout, animate, nodeAt]);

  return nodeAt;
}
