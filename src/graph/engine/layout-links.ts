// The graph's links as the layout uses them: springs whose length and stiffness follow
// the link's type and its ends' size and degree, and each node's neighbours (where a
// new node starts). Only links between shown nodes count; a self-loop has no length
// to keep.
import type { EdgeType, NodeId } from '../../domain/model';
import { LINK_FORCE, MASS } from './layout-tuning';
import type { EngineNode, LayoutInputEdge } from './layout-types';
import type { Spring } from './spring-force';

export interface LayoutLinks {
  readonly springs: readonly Spring[];
  readonly neighbours: ReadonlyMap<EngineNode, readonly EngineNode[]>;
}

export function layoutLinks(
  edges: readonly LayoutInputEdge[],
  byId: ReadonlyMap<NodeId, EngineNode>,
): LayoutLinks {
  const neighbours = new Map<EngineNode, EngineNode[]>();
  const degree = new Map<EngineNode, number>();
  const pairs: [EngineNode, EngineNode, EdgeType][] = [];
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    pairs.push([source, target, edge.type]);
    for (const [a, b] of [
      [source, target],
      [target, source],
    ] as const) {
      const known = neighbours.get(a);
      if (known === undefined) neighbours.set(a, [b]);
      else known.push(b);
      degree.set(a, (degree.get(a) ?? 0) + 1);
    }
  }
  const springs: Spring[] = pairs.map(([source, target, type]) => {
    const force = LINK_FORCE[type];
    const sourceDegree = degree.get(source) ?? 1;
    const targetDegree = degree.get(target) ?? 1;
    const sourceMass = sourceDegree * MASS[source.type];
    const targetMass = targetDegree * MASS[target.type];
    return {
      source,
      target,
      distance: source.radius + target.radius + force.gap,
      strength: force.normalised
        ? force.strength / Math.min(sourceDegree, targetDegree)
        : force.strength,
      bias: sourceMass / (sourceMass + targetMass),
    };
  });
  return { springs, neighbours };
}
