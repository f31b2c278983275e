// The graph's accessible twin: the same visible nodes, with the same names and the
// same selection, as a list of buttons grouped by issue. Screen readers, keyboard
// users and tests can all use it; it shows whatever the graph shows.
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import type { DebateNode, IssueId, NodeId } from '../../domain/model';
import { selectMembership, selectVisibleGraph } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { NODE_SHAPE } from '../node-style';

interface Group {
  readonly key: string;
  readonly title: string;
  /** The issue itself, when the graph shows it. */
  readonly head?: DebateNode;
  readonly members: readonly DebateNode[];
}

function TwinButton({
  node,
  selected,
  onSelect,
}: {
  node: DebateNode;
  selected: boolean;
  onSelect: (id: NodeId) => void;
}) {
  return (
    <button
      type="button"
      className="twin__node"
      aria-pressed={selected}
      onClick={() => onSelect(node.id)}
    >
      <span className="twin__type">{NODE_SHAPE[node.type].name}</span> {node.label}
    </button>
  );
}

export function GraphTwin() {
  const debate = useAppStore((s) => s.debate);
  const graph = useAppStore(selectVisibleGraph);
  const { t } = useLingui();
  const membership = useAppStore(selectMembership);
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  if (!debate) return null;

  const nodes = graph.nodes.length;
  const links = graph.edges.length;
  const shownCount = t`${plural(nodes, { one: '# node', other: '# nodes' })} and ${plural(links, { one: '# link', other: '# links' })} shown.`;
  const shown = new Set(graph.nodes.map((n) => n.id));
  const issueOf = (n: DebateNode): IssueId | undefined =>
    membership.get(n.id)?.values().next().value;
  const placed = graph.nodes.filter((n) => n.type === 'position' || n.type === 'argument');
  const groups: Group[] = [
    ...debate.issues.map((issue) => ({
      key: issue.id,
      title: t`On: ${issue.question}`,
      ...(shown.has(issue.id) && { head: issue }),
      members: placed.filter((n) => issueOf(n) === issue.id),
    })),
    {
      key: 'unplaced',
      title: t`Not linked to an issue`,
      members: placed.filter((n) => !issueOf(n)),
    },
    { key: 'actors', title: t`Actors`, members: graph.nodes.filter((n) => n.type === 'actor') },
  ];

  return (
    <nav className="twin" aria-label={t`Graph as a list`}>
      <p className="twin__count">{shownCount}</p>
      <ul className="twin__tree">
        {groups
          .filter((g) => g.head || g.members.length)
          .map((g) => (
            <li key={g.key}>
              {g.head ? (
                <TwinButton node={g.head} selected={selected === g.head.id} onSelect={select} />
              ) : (
                <span className="twin__group">{g.title}</span>
              )}
              {g.members.length > 0 && (
                <ul aria-label={g.title}>
                  {g.members.map((n) => (
                    <li key={n.id}>
                      <TwinButton node={n} selected={selected === n.id} onSelect={select} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
      </ul>
    </nav>
  );
}
