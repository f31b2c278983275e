import { useAppStore } from '../../store/store-context';
import { isolated } from '../../lib/isolated';

const TYPE_NAME = {
  issue: 'issue',
  position: 'position',
  actor: 'actor',
  argument: 'argument',
} as const;

/** Says what was selected, for screen readers: a polite live region. */
export function SelectionAnnouncer() {
  const message = useAppStore((s) => {
    if (!s.selected || !s.debate) return '';
    const node = s.debate.index.node.get(s.selected);
    if (!node) return '';
    const links =
      (s.debate.index.outgoing.get(node.id)?.length ?? 0) +
      (s.debate.index.incoming.get(node.id)?.length ?? 0);
    return `Selected ${TYPE_NAME[node.type]}: ${isolated(node.label)}. ${links} links. Details are open.`;
  });
  return (
    <div className="visually-hidden" aria-live="polite" role="status">
      {message}
    </div>
  );
}
