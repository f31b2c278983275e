import type { Debate, NodeId } from './model';

/** The nodes within `steps` edges of `start`, in either direction, `start` included. */
export function neighbourhoodOf(debate: Debate, start: NodeId, steps: number): Set<NodeId> {
  const reached = new Set<NodeId>([start]);
  let frontier: NodeId[] = [start];
  for (let step = 0; step < steps && frontier.length; step++) {
    const next: NodeId[] = [];
    for (const id of frontier) {
      const around = [
        ...(debate.index.outgoing.get(id) ?? []).map((e) => e.target),
        ...(debate.index.incoming.get(id) ?? []).map((e) => e.source),
      ];
      for (const other of around) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}
