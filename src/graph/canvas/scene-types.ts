// The painter's vocabulary: what it draws (nodes, edges and their kinds), how (colours,
// sizes, the zoom, the reader's attention) and on what (the subset of the 2D context it
// uses, so tests can pass a recorder).
import type { NodeId, NodeType } from '../../domain/model';
import type { Viewport } from '../interaction/view-transform';

export type EdgeKind =
  | 'answers'
  | 'stance-for'
  | 'stance-against'
  | 'stance-conditional'
  | 'stance-unclear'
  | 'supports'
  | 'attacks'
  | 'makes'
  | 'member-of';

export interface SceneNode {
  readonly id: NodeId;
  readonly type: NodeType;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface SceneEdge {
  readonly source: SceneNode;
  readonly target: SceneNode;
  readonly kind: EdgeKind;
}

/** Colours as the page resolves them (the theme's custom properties), any CSS colour. */
export interface SceneColours {
  readonly surface: string;
  readonly text: string;
  readonly focus: string;
  readonly match: string;
  readonly edgeMuted: string;
  readonly issue: string;
  readonly position: string;
  readonly actor: string;
  readonly argument: string;
  readonly for: string;
  readonly against: string;
  readonly conditional: string;
  readonly unclear: string;
  readonly supports: string;
  readonly attacks: string;
}

export interface SceneStyle {
  readonly colours: SceneColours;
  readonly fontFamily: string;
  /** The canvas's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel: the canvas's backing store is this much larger. */
  readonly pixelRatio: number;
  /** Line widths and label sizes times these (the projector theme raises them); default 1. */
  readonly strokeBoost?: number;
  readonly labelBoost?: number;
}

/** The zoom: screen = graph × k + (x, y), in CSS pixels. */
export type SceneTransform = Viewport;

/** What changes with the reader's attention rather than with the layout. */
export interface SceneState {
  /** NodeLook flags per node, by index in `nodes`; all zero when absent. */
  readonly nodeLook?: ArrayLike<number>;
  /** NodeLook flags per edge, by index in `edges` (see selectEdgeLook). */
  readonly edgeLook?: ArrayLike<number>;
  /** Something is hovered or focused: everything not highlighted fades. */
  readonly hovering?: boolean;
  /** The node under the keyboard cursor, ringed like a focused SVG node. */
  readonly focused?: NodeId | null;
  /** The labels to draw, by node id: the text as drawn. */
  readonly labels?: ReadonlyMap<NodeId, string>;
  /**
   * The layout is moving: leave out the details nobody can follow in motion (node
   * outlines, arrowheads), so each frame costs about half. A still frame has them all.
   */
  readonly moving?: boolean;
}

/** The subset of CanvasRenderingContext2D the painter uses (tests pass a recorder). */
export type SceneContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillText'
  | 'strokeText'
  | 'globalAlpha'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'lineCap'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'direction'
>;

/** Counts of what was drawn, for tests and the benchmark. */
export interface SceneStats {
  nodes: number;
  edges: number;
  labels: number;
}
