// Where each issue's anchor is, kept from one graph to the next: every issue shown, in
// order, then issues that nodes name but that are not shown (filtered out), so
// clusters stay apart either way. The ring is laid out again only when the anchors
// change or the graph outgrows it, never to shrink it, so filtering does not move the
// issues. Given anchors (a map of issues drawn as a list) replace the ring.
import type { IssueId } from '../../domain/model';
import { anchorPoints, ringRadius, type Point } from './anchors';
import { RING_GROWTH } from './layout-tuning';
import type { EngineNode, GraphArrangement } from './layout-types';

export interface AnchorRing {
  /** The issues anchored, in ring order. */
  ids(): readonly IssueId[];
  /** The anchor's point, as laid out (not where its issue was dragged to). */
  point(id: IssueId): Point | undefined;
  /** Takes the anchors the nodes name; lays the ring out again if need be. */
  update(nodes: readonly EngineNode[], arrangement: GraphArrangement): void;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function createAnchorRing(): AnchorRing {
  let anchorIds: IssueId[] = [];
  let anchors = new Map<IssueId, Point>();
  let ring = 0;
  let givenAnchors: ReadonlyMap<IssueId, Point> | null = null;
  let aspect = 1;

  return {
    ids: () => anchorIds,

    point: (id) => anchors.get(id),

    update(nodes, arrangement) {
      const nextAnchorIds: IssueId[] = [];
      const seen = new Set<IssueId>();
      const addAnchor = (id: IssueId | null) => {
        if (id !== null && !seen.has(id)) {
          seen.add(id);
          nextAnchorIds.push(id);
        }
      };
      for (const node of nodes) if (node.type === 'issue') addAnchor(node.anchor);
      for (const node of nodes) addAnchor(node.anchor);
      const idealRing = ringRadius(
        nextAnchorIds.length,
        nodes.map((n) => n.room),
      );
      const given = arrangement.anchors ?? null;
      // Within reason: a very wide or tall box still gets a readable ring.
      const nextAspect = Math.min(2, Math.max(0.5, arrangement.aspect ?? 1));
      if (
        !sameList(nextAnchorIds, anchorIds) ||
        given !== givenAnchors ||
        nextAspect !== aspect ||
        idealRing > ring * RING_GROWTH
      ) {
        anchorIds = nextAnchorIds;
        ring = idealRing;
        givenAnchors = given;
        aspect = nextAspect;
        anchors = given ? new Map(given) : anchorPoints(anchorIds, ring, aspect);
      }
    },
  };
}
