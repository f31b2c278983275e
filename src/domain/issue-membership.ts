import type { ArgumentNode, Debate, DebateNode, IssueId, NodeId, PositionNode } from './model';

/**
 * The position an argument ultimately supports or attacks: follow its targets up
 * through other arguments. Iterative and cycle-safe — argument cycles are allowed —
 * so a cycle that never reaches a position has none.
 */
export function rootPosition(debate: Debate, argument: ArgumentNode): PositionNode | null {
  const seen = new Set<NodeId>();
  let current: DebateNode | undefined = argument;
  while (current?.type === 'argument') {
    if (seen.has(current.id)) return null;
    seen.add(current.id);
    current = debate.index.node.get(current.target);
  }
  return current?.type === 'position' ? current : null;
}

export function issueOfArgument(debate: Debate, argument: ArgumentNode): IssueId | null {
  return rootPosition(debate, argument)?.issue ?? null;
}

/** The one issue a node is about: its own, its position's, its argument's; none for actors. */
export function issueOfNode(debate: Debate, node: DebateNode | undefined): IssueId | null {
  switch (node?.type) {
    case 'issue':
      return node.id;
    case 'position':
      return node.issue;
    case 'argument':
      return issueOfArgument(debate, node);
    default:
      return null;
  }
}

/**
 * The issues each node belongs to: an issue to itself, a position to the issue it
 * answers, an argument to the issue of what it ultimately supports or attacks, an
 * actor to every issue it takes a stance on or argues about.
 */
export function issueMembership(debate: Debate): ReadonlyMap<NodeId, ReadonlySet<IssueId>> {
  const membership = new Map<NodeId, Set<IssueId>>();
  const add = (id: NodeId, issue: IssueId | null | undefined) => {
    if (!issue) return;
    const set = membership.get(id) ?? new Set<IssueId>();
    membership.set(id, set.add(issue));
  };
  const issueOfPosition = new Map(debate.positions.map((p) => [p.id, p.issue]));
  // Each argument's issue once: a chain's arguments share the issue of its end, so a
  // walk stops at the first argument already known (long chains stay linear).
  const issueOfArgumentId = new Map<NodeId, IssueId | null>();
  const issueOf = (argument: ArgumentNode): IssueId | null => {
    const walked: NodeId[] = [];
    const seen = new Set<NodeId>();
    let current: DebateNode | undefined = argument;
    let issue: IssueId | null = null;
    while (current?.type === 'argument') {
      const known = issueOfArgumentId.get(current.id);
      if (known !== undefined || seen.has(current.id)) {
        issue = known ?? null;
        current = undefined;
        break;
      }
      seen.add(current.id);
      walked.push(current.id);
      current = debate.index.node.get(current.target);
    }
    if (current?.type === 'position') issue = current.issue;
    for (const id of walked) issueOfArgumentId.set(id, issue);
    return issue;
  };
  for (const issue of debate.issues) add(issue.id, issue.id);
  for (const position of debate.positions) add(position.id, position.issue);
  for (const argument of debate.arguments) {
    const issue = issueOf(argument);
    add(argument.id, issue);
    for (const actor of argument.by) add(actor, issue);
  }
  for (const stance of debate.stances) add(stance.actor, issueOfPosition.get(stance.position));
  return membership;
}
