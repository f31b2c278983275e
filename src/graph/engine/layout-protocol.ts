// Messages between the page and the layout worker (layout.worker.ts). Every graph has
// a number, so frames of a graph that has since been replaced are dropped.
import type { NodeId } from '../../domain/model';
import type { LayoutInputEdge, LayoutInputNode } from './layout-engine';

export type ToLayoutWorker =
  | {
      readonly kind: 'graph';
      readonly graph: number;
      readonly nodes: readonly LayoutInputNode[];
      readonly edges: readonly LayoutInputEdge[];
    }
  | { readonly kind: 'settle' }
  | { readonly kind: 'reheat'; readonly alpha: number }
  | { readonly kind: 'stop' }
  | { readonly kind: 'pin'; readonly id: NodeId; readonly x: number; readonly y: number }
  | { readonly kind: 'unpin'; readonly id: NodeId };

export interface LayoutWorkerFrame {
  readonly kind: 'frame';
  readonly graph: number;
  /** x, y pairs in the order of the graph's nodes. */
  readonly positions: Float64Array;
  /** Whether the layout is still moving after this frame. */
  readonly running: boolean;
  /** How far it has cooled, 0 to 1 (LayoutEngine.cooled). */
  readonly cooled: number;
}
