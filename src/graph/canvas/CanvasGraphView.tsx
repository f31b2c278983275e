// The graph on a canvas, for debates too big for one SVG element per node. The same
// engine (its ticks in a worker), the same pan and zoom, the same store: React renders
// the frame around the canvas once; layout frames, zoom and changes of look only mark
// the picture dirty, and drawScene repaints it at most once per animation frame.
// Keyboard and screen-reader users have the arrow keys on the canvas and, for every
// node by name, the List view (the accessible twin).
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { NodeId } from '../../domain/model';
import { NodeLook, selectEdgeLook, selectNodeLook } from '../../store/selectors';
import type { AppState } from '../../store/app-store';
import { useAppStoreApi } from '../../store/store-context';
import type { SimNode } from '../engine/layout-engine';
import { createOffThreadLayoutEngine } from '../engine/off-thread-engine';
import { attachDrag } from '../interaction/node-drag';
import { createPanZoom, type PanZoom } from '../interaction/pan-zoom';
import { IDENTITY_VIEW, type ViewTransform } from '../interaction/view-transform';
import {
  LABEL_FONT,
  labelPriority,
  placeLabels,
  type Box,
  type LabelRequest,
} from '../label-layout';
import { edgeClass, LABEL_LENGTH, NODE_SHAPE, shortenLabel } from '../node-style';
import type { GraphViewProps } from '../svg/GraphView';
import { ZoomControls } from '../svg/ZoomControls';
import '../svg/graph.css';
import {
  drawScene,
  labelReadable,
  labelScale,
  NEAR_ZOOM,
  type SceneColours,
  type SceneEdge,
  type SceneState,
} from './draw-scene';
import './canvas.css';
import { useEngineLifetime } from '../use-engine-lifetime';
import { useGraphViewport } from '../use-graph-viewport';
import { keyTarget, useGraphModel } from '../use-graph-model';

/** The largest node radius (an issue), plus room: how far hit-testing looks. */
const HIT_REACH = 30;
/** A small node is still hit this close to its centre, in CSS pixels. */
const HIT_SLACK_PX = 6;
/** While the layout moves, frames are drawn at most this often (about 30 a second). */
const MOTION_FRAME_MS = 30;
/**
 * From this many drawn nodes the layout takes long enough to show how far it has got
 * (a 20,000-node debate's overview draws about 3,800: arguments fold into positions).
 */
const PROGRESS_NODES = 2_000;
/** Big graphs fit the view only far out: a 5,000-node debate needs about 0.09. */
const MIN_SCALE = 0.02;

const COLOUR_VARIABLES: Record<keyof SceneColours, string> = {
  surface: '--surface',
  text: '--text',
  focus: '--focus',
  match: '--c-match',
  edgeMuted: '--edge-muted',
  issue: '--c-issue',
  position: '--c-position',
  actor: '--c-actor',
  argument: '--c-argument',
  for: '--c-for',
  against: '--c-against',
  conditional: '--c-conditional',
  unclear: '--c-unclear',
  supports: '--c-supports',
  attacks: '--c-attacks',
};

interface Theme {
  readonly colours: SceneColours;
  readonly fontFamily: string;
  readonly strokeBoost: number;
  readonly labelBoost: number;
}

/** The theme as the page resolves it (light-dark() included), through a probe element. */
function readTheme(element: HTMLElement): Theme {
  const probe = document.createElement('span');
  probe.hidden = true;
  element.append(probe);
  const colours = Object.fromEntries(
    Object.entries(COLOUR_VARIABLES).map(([name, variable]) => {
      probe.style.color = `var(${variable})`;
      return [name, getComputedStyle(probe).color];
    }),
  ) as unknown as SceneColours;
  probe.remove();
  const style = getComputedStyle(element);
  const factor = (name: string) => Number.parseFloat(style.getPropertyValue(name)) || 1;
  return {
    colours,
    fontFamily: style.fontFamily || 'sans-serif',
    strokeBoost: factor('--stroke-boost'),
    labelBoost: factor('--label-boost'),
  };
}

/** A big graph's layout shows how far it has cooled, until it rests. */
function showProgress(
  progress: HTMLProgressElement | null,
  engine: { isRunning(): boolean; cooled(): number },
  nodes: number,
): void {
  const label = progress?.parentElement;
  if (!progress || !label) return;
  const hidden = nodes < PROGRESS_NODES || !engine.isRunning();
  if (label.hidden !== hidden) label.hidden = hidden;
  progress.value = engine.cooled();
}

/** Where a pointer or touch event is, in the canvas's CSS pixels. */
function pointIn(canvas: HTMLCanvasElement, event: Event): [number, number] | null {
  const source =
    'touches' in event ? ((event as TouchEvent).touches[0] ?? null) : (event as MouseEvent);
  if (!source) return null;
  const rect = canvas.getBoundingClientRect();
  return [source.clientX - rect.left, source.clientY - rect.top];
}

/** What the painter reads, and the painter's own handles; mutable, outside React. */
interface Scene {
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

function createScene(): Scene {
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

/**
 * Test hooks on the canvas, since it has no element per node: where a node is drawn,
 * and which node is at a point, both in client coordinates.
 */
export interface CanvasGraphElement extends HTMLCanvasElement {
  stancemapPointOf?: (id: string) => { x: number; y: number } | null;
  stancemapNodeAt?: (clientX: number, clientY: number) => string | null;
}

export function CanvasGraphView({ animate, onFirstFrame, compact = false }: GraphViewProps) {
  const store = useAppStoreApi();
  const { t } = useLingui();
  const { graph, degree, layoutNodes, arrangement } = useGraphModel(compact);

  const [engine] = useState(() => createOffThreadLayoutEngine({ animate }));
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<CanvasGraphElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const cursorRef = useRef<HTMLParagraphElement>(null);
  const progressRef = useRef<HTMLProgressElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const firstFrameDone = useRef(false);
  // The first frame is reported from the animation frame that draws it, just before
  // the browser paints it (a frame sooner than an effect's requestAnimationFrame).
  const onFirstFrameRef = useRef(onFirstFrame);
  useLayoutEffect(() => {
    onFirstFrameRef.current = onFirstFrame;
  }, [onFirstFrame]);
  /** Until the reader moves the view, it follows the first layout as it unfolds. */
  const followLayout = useRef(true);

  // Everything the painter reads, kept out of React: it changes with frames and looks.
  const sceneRef = useRef<Scene>(createScene());

  // The painter: a dirty flag and one requestAnimationFrame; the canvas's backing
  // store follows its CSS size times the device pixel ratio.
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    const canvas = canvasRef.current;
    const root = rootRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !root || !ctx) return;
    let frame: number | null = null;
    let firstDrawn = false;
    let lastDrawn = -Infinity;
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
      // page share a modest laptop's few cores.
      if (moving && firstDrawn && time - lastDrawn < MOTION_FRAME_MS) {
        frame = requestAnimationFrame(draw);
        return;
      }
      lastDrawn = time;
      if (ratio !== (window.devicePixelRatio || 1)) fitBackingStore();
      scene.theme ??= readTheme(root);
      const t = panZoomRef.current?.transform() ?? IDENTITY_VIEW;
      scene.state.focused = scene.focused;
      scene.state.moving = moving;
      drawScene(
        ctx,
        engine.nodes(),
        scene.edges,
        { ...scene.theme, width, height, pixelRatio: ratio },
        { x: t.x, y: t.y, k: t.k },
        scene.state,
      );
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
  }, [engine]);

  // Layout frames: repaint; follow the unfolding layout; place labels once it rests.
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    const root = rootRef.current;
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = engine.onFrame(() => {
      const running = engine.isRunning();
      if (root && root.dataset.layout !== (running ? 'running' : 'idle'))
        root.dataset.layout = running ? 'running' : 'idle';
      showProgress(progressRef.current, engine, graph.nodes.length);
      if (followLayout.current) panZoomRef.current?.fit(engine.bounds());
      if (!running) followLayout.current = false;
      scene.invalidate();
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => scene.relabel(), 120);
    });
    return () => {
      clearTimeout(labelTimer);
      unsubscribe();
    };
  }, [engine, graph.nodes.length]);

  // Hit-testing: the engine's quadtree, forgiving for nodes that are small on screen.
  const nodeAt = useMemo(
    () =>
      (event: Event): SimNode | null => {
        const canvas = canvasRef.current;
        const point = canvas ? pointIn(canvas, event) : null;
        if (!point) return null;
        const t = panZoomRef.current?.transform() ?? IDENTITY_VIEW;
        const [x, y] = t.invert(point);
        const slack = HIT_SLACK_PX / t.k;
        const node = engine.find(x, y, HIT_REACH + slack);
        if (!node) return null;
        return Math.hypot(node.x - x, node.y - y) <= Math.max(node.radius * 1.15, slack)
          ? node
          : null;
      },
    [engine],
  );

  // Zoom, pan and drag, attached once to the canvas.
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    const canvas = canvasRef.current;
    if (!canvas) return;
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const panZoom = createPanZoom(canvas, null, {
      ignore: (event) => event.type !== 'wheel' && nodeAt(event) !== null,
      minScale: MIN_SCALE,
      onTransform: (_t: ViewTransform, byUser) => {
        if (byUser) followLayout.current = false;
        scene.invalidate();
        clearTimeout(labelTimer);
        labelTimer = setTimeout(() => scene.relabel(), 150);
      },
    });
    panZoomRef.current = panZoom;
    const detachDrag = attachDrag(canvas, (event) => nodeAt(event)?.id ?? null, engine, animate);
    canvas.stancemapNodeAt = (clientX, clientY) =>
      nodeAt(new MouseEvent('mousemove', { clientX, clientY }))?.id ?? null;
    canvas.stancemapPointOf = (id) => {
      const node = engine.node(id as NodeId);
      if (!node) return null;
      const [x, y] = panZoom.transform().apply([node.x, node.y]);
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
  }, [engine, animate, nodeAt]);

  useEngineLifetime(engine);

  // A new set of nodes: the first graph unfolds from its starting places (or settles
  // at once under reduced motion); later ones keep their places and move gently.
  const lastGraph = useRef<readonly unknown[]>([]);
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    // The same graph again (React's development remount): nothing to lay out.
    if (lastGraph.current[0] === layoutNodes && lastGraph.current[1] === graph.edges) {
      scene.invalidate();
      return;
    }
    lastGraph.current = [layoutNodes, graph.edges];
    engine.setGraph(layoutNodes, graph.edges, arrangement);
    scene.edges = graph.edges.flatMap((edge) => {
      const source = engine.node(edge.source);
      const target = engine.node(edge.target);
      return source && target
        ? [{ source, target, kind: edgeClass(edge) as SceneEdge['kind'] }]
        : [];
    });
    if (!firstFrameDone.current) {
      if (animate) engine.reheat(1);
      else engine.settle();
      panZoomRef.current?.fit(engine.bounds());
      firstFrameDone.current = true;
    } else engine.reheat(0.4);
    // A hook for tests and the benchmark: whether the layout still moves.
    if (rootRef.current) rootRef.current.dataset.layout = engine.isRunning() ? 'running' : 'idle';
    showProgress(progressRef.current, engine, graph.nodes.length);
    scene.invalidate();
  }, [engine, animate, layoutNodes, graph.edges, graph.nodes.length, arrangement]);

  // Looks (selection, hover, search, focus) and labels, recomputed when the store or
  // the view changes, never per layout frame.
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    const computeLooks = (state: AppState) => {
      const nodes = engine.nodes();
      const active =
        state.selected !== null ||
        state.hovered !== null ||
        state.query !== '' ||
        state.issue !== null;
      const nodeLook = new Uint8Array(nodes.length);
      const edgeLook = new Uint8Array(scene.edges.length);
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i] as SimNode;
        nodeLook[i] = selectNodeLook(state, node.id);
      }
      if (active)
        for (let i = 0; i < scene.edges.length; i++) {
          const edge = scene.edges[i] as SceneEdge;
          edgeLook[i] = selectEdgeLook(state, edge.source.id, edge.target.id);
        }
      scene.state.nodeLook = nodeLook;
      scene.state.edgeLook = edgeLook;
      scene.state.hovering = state.hovered !== null;
    };
    const computeLabels = () => {
      const state = store.getState();
      const t = panZoomRef.current?.transform() ?? IDENTITY_VIEW;
      const canvas = canvasRef.current;
      const nodes = engine.nodes();
      const look = scene.state.nodeLook;
      const labels = new Map<NodeId, string>();
      const textOf = (id: NodeId) => {
        const node = state.debate?.index.node.get(id);
        return node ? shortenLabel(node.shortLabel, LABEL_LENGTH[node.type]) : '';
      };
      // The ones that fit and can be read, within the view.
      const near = t.k >= NEAR_ZOOM;
      const scale = labelScale(t.k);
      const [x0, y0] = t.invert([0, 0]);
      const [x1, y1] = t.invert([canvas?.clientWidth ?? 0, canvas?.clientHeight ?? 0]);
      const requests: LabelRequest<NodeId>[] = [];
      const boxes = new Map<NodeId, Box>();
      for (const sim of nodes) {
        if (sim.x < x0 || sim.x > x1 || sim.y < y0 || sim.y > y1) continue;
        if (!near && (sim.type === 'position' || sim.type === 'argument')) continue;
        if (!labelReadable(sim.type, t.k)) continue;
        const [x, y] = t.apply([sim.x, sim.y]);
        const radius = sim.radius * t.k;
        requests.push({
          id: sim.id,
          type: sim.type,
          x,
          y,
          radius,
          lines: [textOf(sim.id)],
          font: LABEL_FONT[sim.type] * scale * t.k,
          priority: labelPriority(sim.type, degree.get(sim.id) ?? 0),
        });
        boxes.set(sim.id, { x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius });
      }
      // Labels stay under their node here (the painter draws them there), inside the view.
      const view = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
      for (const id of placeLabels(requests, new Map(), view, undefined, 1).keys())
        labels.set(id, textOf(id));
      // The ones the reader is looking at, always.
      const wanted =
        NodeLook.selected |
        NodeLook.hovered |
        NodeLook.nearHovered |
        NodeLook.match |
        NodeLook.tourFocus;
      nodes.forEach((sim, i) => {
        if ((look?.[i] ?? 0) & wanted || sim.id === scene.focused)
          labels.set(sim.id, textOf(sim.id));
      });
      scene.state.labels = labels;
      scene.invalidate();
    };
    scene.relabel = computeLabels;
    computeLooks(store.getState());
    computeLabels();
    let theme = store.getState().theme;
    const unsubscribe = store.subscribe((state) => {
      if (state.theme !== theme) {
        theme = state.theme;
        // The theme attribute is set in an effect; read the colours after it.
        requestAnimationFrame(scene.restyle);
      }
      computeLooks(state);
      computeLabels();
    });
    return () => {
      unsubscribe();
      scene.relabel = () => {};
    };
  }, [engine, store, graph, degree]);

  // The tour, the selection and the zoom keys move the view: it stops following the layout.
  const stopFollowing = useCallback(() => {
    followLayout.current = false;
  }, []);
  useGraphViewport({ engine, panZoomRef, tooltipRef, onViewMoved: stopFollowing });

  /** Moves the keyboard cursor: ringed, hovered (tooltip, highlight), announced, in view. */
  const moveCursor = (id: NodeId | null) => {
    const scene = sceneRef.current;
    scene.focused = id;
    store.getState().hover(id);
    const node = id ? store.getState().debate?.index.node.get(id) : undefined;
    if (cursorRef.current)
      cursorRef.current.textContent = node ? `${NODE_SHAPE[node.type].name}: ${node.label}` : '';
    const sim = id ? engine.node(id) : undefined;
    if (sim) panZoomRef.current?.reveal(sim.x, sim.y);
    scene.relabel();
  };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    const current = sceneRef.current.focused;
    // eslint-disable-next-line lingui/no-unlocalized-strings -- a key name
    if (!current && (event.key.startsWith('Arrow') || event.key === 'Enter')) {
      // Focused by a click, then a key: the cursor starts at the selection.
      const state = store.getState();
      const start =
        state.selected && engine.node(state.selected)
          ? state.selected
          : (graph.nodes[0]?.id ?? null);
      event.preventDefault();
      moveCursor(start);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      store.getState().select(current);
    } else if (current) {
      const next = keyTarget(event.key, current, graph, (n) => engine.node(n));
      if (!next) return;
      event.preventDefault();
      moveCursor(next);
    }
  };

  return (
    <div ref={rootRef} className="graph graph--canvas" data-renderer="canvas">
      <canvas
        ref={canvasRef}
        className="graph__canvas"
        tabIndex={0}
        role="group"
        aria-roledescription={t`graph`}
        aria-label={t`Debate graph of ${plural(graph.nodes.length, { one: '# node', other: '# nodes' })}, drawn as a picture. Arrow keys move along the links from the selected node, Enter selects. The List view names every node.`}
        onClick={(event) => {
          const node = nodeAt(event.nativeEvent);
          store.getState().select(node?.id ?? null);
          if (node) followLayout.current = false;
        }}
        onDoubleClick={(event) => {
          const node = nodeAt(event.nativeEvent);
          if (!node) return;
          engine.unpin(node.id);
          engine.reheat(0.2);
        }}
        onPointerMove={(event) => {
          if (event.buttons) return;
          const id = nodeAt(event.nativeEvent)?.id ?? null;
          event.currentTarget.toggleAttribute('data-over-node', id !== null);
          if (store.getState().hovered !== id) store.getState().hover(id);
        }}
        onPointerLeave={() => {
          if (sceneRef.current.focused === null) store.getState().hover(null);
        }}
        onFocus={(event) => {
          // A click focuses the canvas too; the cursor is for keyboard users.
          if (!event.currentTarget.matches(':focus-visible')) return;
          const state = store.getState();
          const start =
            state.selected && engine.node(state.selected)
              ? state.selected
              : (graph.nodes[0]?.id ?? null);
          moveCursor(start);
        }}
        onBlur={() => {
          if (sceneRef.current.focused) moveCursor(null);
        }}
        onKeyDown={onKeyDown}
      />
      <p ref={cursorRef} className="visually-hidden" aria-live="polite" />
      <label className="graph__progress" hidden>
        <Trans>Laying out the graph</Trans> <progress ref={progressRef} max={1} value={0} />
      </label>
      <div ref={tooltipRef} className="graph__tooltip" role="tooltip" hidden />
      <ZoomControls
        onZoomIn={() => {
          followLayout.current = false;
          panZoomRef.current?.zoomBy(1.4);
        }}
        onZoomOut={() => {
          followLayout.current = false;
          panZoomRef.current?.zoomBy(1 / 1.4);
        }}
        onFit={() => panZoomRef.current?.fit(engine.bounds())}
      />
    </div>
  );
}
