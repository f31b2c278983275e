// Says when the graph draws the selection with none of its links because the filters
// hide them all: alone on screen, it would look like it had none.
import { Trans } from '@lingui/react/macro';
import type { Debate, NodeId } from '../../../domain/model';
import { useAppStore } from '../../../store/store-context';

function hasLinks(debate: Debate, id: NodeId): boolean {
  return Boolean(debate.index.outgoing.get(id)?.length || debate.index.incoming.get(id)?.length);
}

export function HiddenLinksNote({ debate, id }: { debate: Debate; id: NodeId }) {
  const hidden = useAppStore((s) => {
    // As selectVisibleGraph, through the store's own cache: importing the selectors here
    // would split them out of the first screen's chunk into one of their own (+0.7 KB).
    const visible = s.selectorCaches.visibleGraph(
      s.debate,
      s.types,
      s.hiddenActorKinds,
      s.neighbourhood,
      s.neighbourhood > 0 ? s.selected : null,
    );
    return (
      hasLinks(debate, id) &&
      !visible.edges.some((e) => e.source === id || e.target === id) &&
      visible.nodes.some((n) => n.id === id)
    );
  });
  if (!hidden) return null;
  return (
    <p className="details__none">
      <Trans>None of its links show in the graph with the current filters.</Trans>
    </p>
  );
}
