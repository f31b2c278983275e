// Looks (selection, hover, search, issue focus, tour, "as of") and labels, recomputed
// when the store changes what the picture shows, never per layout frame, and not for
// store changes that leave every look as it was (the view, panels, the address).
import { useLayoutEffect } from 'react';
import type { NodeId } from '../../domain/model';
import type { AppState, AppStore } from '../../store/app-store';
import { NodeLook } from '../../domain/node-look';
import { selectEdgeLook, selectNodeLook } from '../../store/selectors';
import type { SimNode } from '../engine/layout-engine';
import type { GraphModel } from '../use-graph-model';
import { IDENTITY_VIEW } from '../interaction/view-transform';
import { chooseLabels } from './choose-labels';
import type { CanvasParts } from './scene';
import type { SceneEdge } from './scene-types';

/** The parts of the state that selectNodeLook and selectEdgeLook read. */
const LOOK_INPUTS = [
  'debate',
  'selected',
  'hovered',
  'query',
  'issue',
  'tour',
  'step',
  'at',
] as const satisfies readonly (keyof AppState)[];

const looksMayDiffer = (state: AppState, before: AppState) =>
  LOOK_INPUTS.some((key) => state[key] !== before[key]);

/** Runs `run` in a task after the next frame is painted (a timeout queued from that frame). */
function afterNextPaint(run: () => void): { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return {
    cancel() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
  };
}

export function useCanvasLooks(
  { engine, sceneRef, canvasRef, panZoomRef }: CanvasParts,
  store: AppStore,
  /** A new graph (new edges in the scene) computes every look again. */
  graph: GraphModel['graph'],
  degree: ReadonlyMap<NodeId, number>,
): void {
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
      // Hovering fades the rest to show the hovered node's links; a node with none drawn
      // (an actor without links in these filters) fades nothing, or it would dim it all.
      scene.state.hovering =
        state.hovered !== null && edgeLook.some((look) => look & NodeLook.nearHovered);
    };
    const computeLabels = () => {
      const canvas = canvasRef.current;
      scene.state.labels = chooseLabels({
        debate: store.getState().debate,
        nodes: engine.nodes(),
        look: scene.state.nodeLook,
        focused: scene.focused,
        degree,
        transform: panZoomRef.current?.transform() ?? IDENTITY_VIEW,
        width: canvas?.clientWidth ?? 0,
        height: canvas?.clientHeight ?? 0,
      });
      scene.invalidate();
    };
    scene.relabel = computeLabels;
    computeLooks(store.getState());
    computeLabels();
    // A change of looks is applied after the next paint, once for all the changes made
    // until then: the key or click that made it shows its own answer first (the letter
    // typed, the count of matches, the details), and the canvas, whose looks, labels and
    // repaint take tens of milliseconds with thousands of nodes, follows a frame later.
    let later: ReturnType<typeof afterNextPaint> | null = null;
    const applyLooks = () => {
      later = null;
      computeLooks(store.getState());
      computeLabels();
    };
    const unsubscribe = store.subscribe((state, before) => {
      if (state.theme !== before.theme)
        // The theme attribute is set in an effect; read the colours after it.
        requestAnimationFrame(scene.restyle);
      if (!looksMayDiffer(state, before)) return;
      later ??= afterNextPaint(applyLooks);
    });
    return () => {
      unsubscribe();
      later?.cancel();
      scene.relabel = () => {};
    };
  }, [engine, sceneRef, canvasRef, panZoomRef, store, graph, degree]);
}
