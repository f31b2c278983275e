// The arguments of one issue as threads, Kialo-style: each position's arguments for and
// against, each argument with the replies that support or attack it, and so on down.
// Pure functions over the loader's index Maps. The threads are trees built along a path:
// an argument already on the path above is marked as a cycle and not followed again, and
// the depth is capped, so no debate (however it is built) can make them endless.
import type { StatusOptions, StatusResult } from '../../domain/argument-status';
import { issueOfArgument } from '../../domain/issue-membership';
import type {
  ActorId,
  ActorNode,
  ArgumentNode,
  Debate,
  IssueId,
  IssueNode,
  NodeId,
  PositionNode,
} from '../../domain/model';
import { plural, t } from '@lingui/core/macro';

/** Replies shown below a top-level argument; deeper ones are counted, not drawn. */
export const MAX_REPLY_DEPTH = 8;

export interface ThreadItem {
  readonly argument: ArgumentNode;
  /** The argument is already on the path above: its replies are not repeated here. */
  readonly cycle: boolean;
  readonly replies: readonly ThreadItem[];
  /** How many replies were left out because the thread is already deep. */
  readonly hiddenReplies: number;
}

export interface PositionThreads {
  readonly position: PositionNode;
  readonly supporting: readonly ThreadItem[];
  readonly attacking: readonly ThreadItem[];
}

function thread(
  debate: Debate,
  argument: ArgumentNode,
  path: Set<NodeId>,
  depth: number,
  maxDepth: number,
): ThreadItem {
  if (path.has(argument.id)) return { argument, cycle: true, replies: [], hiddenReplies: 0 };
  const onIt = debate.index.argumentsOnTarget.get(argument.id) ?? [];
  if (depth >= maxDepth) return { argument, cycle: false, replies: [], hiddenReplies: onIt.length };
  path.add(argument.id);
  const replies = onIt.map((reply) => thread(debate, reply, path, depth + 1, maxDepth));
  path.delete(argument.id);
  return { argument, cycle: false, replies, hiddenReplies: 0 };
}

/** Each position of the issue with its arguments for and against, as threads. */
export function issueThreads(
  debate: Debate,
  issue: IssueId,
  maxDepth = MAX_REPLY_DEPTH,
): readonly PositionThreads[] {
  return (debate.index.positionsOfIssue.get(issue) ?? []).map((position) => {
    const onIt = debate.index.argumentsOnTarget.get(position.id) ?? [];
    const path = new Set<NodeId>([position.id]);
    const threads = (relation: ArgumentNode['relation']) =>
      onIt.filter((a) => a.relation === relation).map((a) => thread(debate, a, path, 0, maxDepth));
    return { position, supporting: threads('supports'), attacking: threads('attacks') };
  });
}

/** Every argument whose targets lead up to a position of this issue, in debate order. */
export function argumentsOfIssue(debate: Debate, issue: IssueId): readonly ArgumentNode[] {
  return debate.arguments.filter((a) => issueOfArgument(debate, a) === issue);
}

/** The actors who make at least one of these arguments, in debate order. */
export function actorsOf(debate: Debate, args: readonly ArgumentNode[]): readonly ActorNode[] {
  const named = new Set<ActorId>(args.flatMap((a) => a.by));
  return debate.actors.filter((actor) => named.has(actor.id));
}

/**
 * The issue to show when the store names none: the issue of the selected node, if it
 * has exactly one, else the debate's first issue. Never written back to the store.
 */
export function issueToShow(
  debate: Debate,
  issue: IssueId | null,
  selected: NodeId | null,
): IssueNode | null {
  const node = (id: NodeId | null | undefined) =>
    id == null ? undefined : debate.index.node.get(id);
  const chosen = node(issue);
  if (chosen?.type === 'issue') return chosen;
  const picked = node(selected);
  let fromSelection: IssueId | null = null;
  if (picked?.type === 'issue') fromSelection = picked.id;
  else if (picked?.type === 'position') fromSelection = picked.issue;
  else if (picked?.type === 'argument') fromSelection = issueOfArgument(debate, picked);
  const shown = node(fromSelection);
  if (shown?.type === 'issue') return shown;
  return debate.issues[0] ?? null;
}

export interface StatusCounts {
  readonly stands: number;
  readonly defeated: number;
  readonly undecided: number;
  readonly withdrawn: number;
}

/** How the arguments fare; a withdrawn argument has no status, so it is counted apart. */
export function countStatuses(args: readonly ArgumentNode[], result: StatusResult): StatusCounts {
  const counts = { stands: 0, defeated: 0, undecided: 0, withdrawn: 0 };
  for (const argument of args) counts[result.status.get(argument.id) ?? 'withdrawn']++;
  return counts;
}

/** "On this issue: 3 arguments stand, 1 defeated, 0 undecided" (and how many are withdrawn). */
export function summaryLine(counts: StatusCounts): string {
  const { stands, defeated, undecided, withdrawn } = counts;
  return withdrawn > 0
    ? t`On this issue: ${plural(stands, { one: '# argument stands', other: '# arguments stand' })}, ${defeated} defeated, ${undecided} undecided (${withdrawn} withdrawn)`
    : t`On this issue: ${plural(stands, { one: '# argument stands', other: '# arguments stand' })}, ${defeated} defeated, ${undecided} undecided`;
}

/** Why an argument with no status is out of the framework, in plain words. */
export function withdrawnReason(argument: ArgumentNode, options: StatusOptions): string {
  if (options.withdrawnArguments?.has(argument.id)) return t`withdrawn: you took this claim out`;
  return argument.by.length === 1
    ? t`withdrawn: the only actor who makes it is withdrawn`
    : t`withdrawn: every actor who makes it is withdrawn`;
}

/** A set with one member added or removed. */
export function toggled<T>(set: ReadonlySet<T>, member: T, on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(member);
  else next.delete(member);
  return next;
}

/**
 * How many arguments the view draws at first, across all lists: a debate with thousands
 * of arguments on one issue would otherwise put over 100,000 elements on the page in one
 * task. Each list beyond it offers to show more.
 */
export const FIRST_CARDS = 120;
/**
 * How many of those are drawn in the view's first task: about a screenful at 1920 px. The
 * rest of the FIRST_CARDS follow in a transition, which React renders in slices.
 */
export const FIRST_SCREEN_CARDS = 30;
/** How many more a list draws when asked. */
export const MORE_CARDS = 20;

/** Each thread list's key: a position's arguments for or against, or an argument's replies. */
export const listKey = {
  column: (position: PositionNode['id'], relation: ArgumentNode['relation']) =>
    `${position}:${relation}`,
  replies: (argument: ArgumentNode['id']) => `${argument}:replies`,
};

/** How many items of each list are drawn; a list not named draws none. */
export type ShownCounts = ReadonlyMap<string, number>;

type KeyedList = readonly [key: string, items: readonly ThreadItem[]];

/**
 * Shares `budget` cards among `lists` in reading order: a list takes what it can, then its
 * shown arguments' replies take from what is left, depth first. Counts already in
 * `shown` are kept if larger.
 */
function allot(lists: readonly KeyedList[], budget: number, shown: Map<string, number>) {
  let left = budget;
  const visit = ([key, items]: KeyedList) => {
    const before = shown.get(key) ?? 0;
    const count = Math.max(before, Math.min(items.length, before + left));
    left -= count - before;
    shown.set(key, count);
    for (const item of items.slice(0, count))
      if (item.replies.length) visit([listKey.replies(item.argument.id), item.replies]);
  };
  lists.forEach(visit);
}

/** The lists of the issue's positions, in reading order. */
function columnLists(threads: readonly PositionThreads[]): KeyedList[] {
  return threads.flatMap((p) => [
    [listKey.column(p.position.id, 'supports'), p.supporting] as const,
    [listKey.column(p.position.id, 'attacks'), p.attacking] as const,
  ]);
}

/** The path of lists, and the place in each, that leads down to argument `id`. */
function pathTo(lists: readonly KeyedList[], id: NodeId): [string, number][] | null {
  for (const [key, items] of lists)
    for (const [index, item] of items.entries()) {
      if (item.argument.id === id) return [[key, index]];
      const below = pathTo([[listKey.replies(item.argument.id), item.replies]], id);
      if (below) return [[key, index], ...below];
    }
  return null;
}

/** What the view draws at first: the first FIRST_CARDS, and the way to `reveal` if it is an argument here. */
export function firstShown(
  threads: readonly PositionThreads[],
  reveal: NodeId | null = null,
  budget = FIRST_CARDS,
): ShownCounts {
  const shown = new Map<string, number>();
  const lists = columnLists(threads);
  for (const [key, index] of (reveal && pathTo(lists, reveal)) || []) shown.set(key, index + 1);
  allot(lists, budget, shown);
  return shown;
}

/** `shown`, with each list drawing at least as many items as `floor` says. */
export function atLeast(shown: ShownCounts, floor: ShownCounts): ShownCounts {
  const next = new Map(shown);
  for (const [key, count] of floor) next.set(key, Math.max(count, next.get(key) ?? 0));
  return next;
}

/** The counts after "show more" on one list: MORE_CARDS more, each with some of its replies. */
export function showMore(
  shown: ShownCounts,
  key: string,
  items: readonly ThreadItem[],
  more = MORE_CARDS,
): ShownCounts {
  const next = new Map(shown);
  const from = next.get(key) ?? 0;
  next.set(key, Math.min(items.length, from + more));
  allot(
    items
      .slice(from, from + more)
      .map((item) => [listKey.replies(item.argument.id), item.replies] as const),
    more,
    next,
  );
  return next;
}
