// What the canvas view's hooks share outside React: the painter's inputs (they change
// with layout frames and looks) and its handles. Mutable on purpose, read per frame.
import type { RefObject } from 'react';
import type { NodeId } from '../../domain/model';
import type { LayoutEngine } from '../engine/layout-engine';
import type { PanZoom } from '../interaction/pan-zoom';
import type { SceneEdge, SceneState } from './scene-types';
import type { Theme } from './theme';

export interface Scene {
  edges: SceneEdge[];
  state: { -readonly [K in keyof SceneState]: SceneState[K] };
  theme: Theme | null;
  /** The keyboard cursor. */
  focused: NodeId | null;
  /** Marks the picture dirty: it is drawn at the next animation frame. */
  invalidate: () => void;
  /** Chooses the labels again (after the view or the looks change). */
  relabel: () => void;
  /** Reads the theme again (colours, boosts). */
  restyle: () => void;
}

export function createScene(): Scene {
  return {
    edges: [],
    state: {},
    theme: null,
    focused: null,
    invalidate: () => {},
    relabel: () => {},
    restyle: () => {},
  };
}

/** The handles every canvas hook works with. */
export interface CanvasParts {
  readonly engine: LayoutEngine;
  readonly sceneRef: RefObject<Scene>;
  readonly rootRef: RefObject<HTMLDivElement | null>;
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  readonly panZoomRef: RefObject<PanZoom | null>;
  /** Until the reader moves the view, it follows the first layout as it unfolds. */
  readonly followLayout: RefObject<boolean>;
}
