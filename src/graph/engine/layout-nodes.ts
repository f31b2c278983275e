// The engine's own copies of the input nodes (d3 mutates them): a node that survives a
// new graph keeps its object, so its position, velocity and pin; a new one, or one
// whose type changed, starts fresh and loses any pin its id had.
import type { IssueId, NodeId } from '../../domain/model';
import type { Point } from './anchors';
import type { EngineNode, LayoutInputNode } from './layout-types';

export interface NextNodes {
  readonly list: EngineNode[];
  readonly byId: Map<NodeId, EngineNode>;
  /** The nodes made new, to be placed before the layout runs. */
  readonly fresh: ReadonlySet<EngineNode>;
}

/** Also drops the pins of nodes that are gone or made new. */
export function nextNodes(
  inputNodes: readonly LayoutInputNode[],
  byId: ReadonlyMap<NodeId, EngineNode>,
  pins: Map<NodeId, Point>,
): NextNodes {
  const nextById = new Map<NodeId, EngineNode>();
  const nextList: EngineNode[] = [];
  const fresh = new Set<EngineNode>();
  for (const input of inputNodes) {
    if (nextById.has(input.id)) continue; // a repeated id: the first one wins
    const anchor = input.type === 'issue' ? (input.id as IssueId) : input.anchor;
    const old = byId.get(input.id);
    let node: EngineNode;
    if (old !== undefined && old.type === input.type) {
      node = old;
      node.radius = input.radius;
      node.room = Math.max(input.radius, input.room ?? 0);
      node.keepOut = input.keepOut;
      node.anchor = anchor;
    } else {
      node = {
        id: input.id,
        type: input.type,
        radius: input.radius,
        room: Math.max(input.radius, input.room ?? 0),
        keepOut: input.keepOut,
        anchor,
        x: 0,
        y: 0,
        vx: 0,
        vy: 0,
      };
      pins.delete(input.id);
      fresh.add(node);
    }
    nextById.set(node.id, node);
    nextList.push(node);
  }
  for (const id of [...pins.keys()]) if (!nextById.has(id)) pins.delete(id);
  return { list: nextList, byId: nextById, fresh };
}
