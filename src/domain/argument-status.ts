// Which arguments stand: Dung's grounded semantics over the debate's arguments.
//
// The argument framework is the debate's arguments with one relation, "attacks":
// argument A attacks argument B when A.relation === 'attacks' and A.target === B.id.
// Attacks on positions and all supports are not part of it — they say what an argument
// is about, not which argument beats which.
//
// The grounded labelling is the most cautious one: an argument stands (IN) when every
// argument attacking it is defeated (OUT) — at first, when nothing attacks it; it is
// defeated when an argument that stands attacks it; whatever is left is undecided
// (UNDEC), typically because it sits in, or hangs off, a cycle of attacks. It always
// exists, is unique, and so does not depend on the order the arguments are visited.
//
// Computed in O(arguments + attacks): each argument keeps a count of its attackers not
// yet defeated, and a queue holds the arguments that have just come to stand. Everything
// is iterative, so cycles and long chains are safe. Adjacency is kept in flat typed
// arrays rather than an array per argument, to spare the garbage collector.
//
// In the format an argument has exactly one target, so it makes at most one attack:
// there are never more attacks than arguments, and every undecided argument lies on a
// cycle of undecided arguments. The code does not rely on either fact.
import type { ActorId, ArgumentId, ArgumentNode, Debate } from './model';
import { msg, plural } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { ReaderTextMap, readerText, readerTexts } from './reader-text';

export type ArgumentStatus = 'stands' | 'defeated' | 'undecided';

export interface StatusResult {
  /** One entry per argument in the framework, in debate order. */
  readonly status: ReadonlyMap<ArgumentId, ArgumentStatus>;
  /** A plain-words reason for each status, e.g. "stands: nothing attacks it". */
  readonly reason: ReadonlyMap<ArgumentId, string>;
  /** The arguments (still in the framework) that attack each argument, in debate order. */
  readonly attackers: ReadonlyMap<ArgumentId, readonly ArgumentId[]>;
}

/**
 * "What if" switches. A withdrawn argument is taken out of the framework: it attacks
 * nothing and has no entry in any of the result's Maps. Withdrawing an actor withdraws
 * every argument whose `by` list is non-empty and names only withdrawn actors; an
 * argument also made by an actor still in the debate stays, and so does an argument
 * with no named author.
 */
export interface StatusOptions {
  readonly withdrawnArguments?: ReadonlySet<ArgumentId>;
  readonly withdrawnActors?: ReadonlySet<ActorId>;
}

/**
 * What the statuses say, and what they do not, in one sentence for readers: they follow
 * from the attacks recorded from the debate's sources, not from who is right.
 */
export function argumentStatusMeaning(): string {
  return readerText(
    msg`Stands, Defeated and Undecided only describe the attacks recorded from this debate’s sources: “Defeated” means an argument is attacked there and not defended there, not that it is wrong. None of them says who is right.`,
  );
}

/** What each status means, in plain words, for a legend (in the interface's language). */
export const ARGUMENT_STATUS_EXPLANATION: Readonly<Record<ArgumentStatus, string>> = readerTexts({
  stands: msg`Stands: nothing attacks it, or every argument that attacks it is itself defeated.`,
  defeated: msg`Defeated: at least one argument that stands attacks it, and the sources give no reply that defeats that attacker.`,
  undecided: msg`Undecided: it cannot be settled either way, because it is caught in (or attacked from) a cycle of attacks with no winner.`,
});

const UNDEC = 0;
const IN = 1;
const OUT = 2;
type Label = typeof UNDEC | typeof IN | typeof OUT;

/** Shared by every unattacked argument, so a large framework allocates less. */
const NO_ATTACKERS: readonly ArgumentId[] = Object.freeze([]);
const NONE: readonly number[] = Object.freeze([]);

const LABEL_STATUS: readonly ArgumentStatus[] = ['undecided', 'stands', 'defeated'];

function isWithdrawn(argument: ArgumentNode, options: StatusOptions): boolean {
  if (options.withdrawnArguments?.has(argument.id)) return true;
  const actors = options.withdrawnActors;
  return (
    actors !== undefined &&
    actors.size > 0 &&
    argument.by.length > 0 &&
    argument.by.every((actor) => actors.has(actor))
  );
}

/** The claim a reason names (quotation marks belong to each language's message). */
function claimOf(argument: ArgumentNode | undefined): string {
  return argument?.claim ?? '?';
}

/**
 * The attack relation as two compressed adjacency lists (no array per argument): the
 * arguments `v` attacks are `attacks.list[attacks.start[v] .. attacks.start[v + 1])`,
 * and likewise for `attackedBy`; both in debate order.
 */
interface Adjacency {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

function adjacency(n: number, from: readonly number[], to: readonly number[]): Adjacency {
  const start = new Int32Array(n + 1);
  for (const v of from) start[v + 1] = (start[v + 1] ?? 0) + 1;
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const fill = start.slice(0, n);
  const list = new Int32Array(from.length);
  from.forEach((v, e) => {
    const at = fill[v] ?? 0;
    list[at] = to[e] ?? 0;
    fill[v] = at + 1;
  });
  return { start, list };
}

/** Calls `visit` with each neighbour of `v`, in order. */
function forEachOf(adj: Adjacency, v: number, visit: (w: number) => void): void {
  const end = adj.start[v + 1] ?? 0;
  for (let e = adj.start[v] ?? 0; e < end; e++) visit(adj.list[e] ?? 0);
}

/**
 * For each undecided argument, the size of its strongly connected component among the
 * undecided arguments (more than 1: it lies on a cycle of attacks), and whether that
 * component holds an odd cycle. Iterative Tarjan over the undecided sub-framework, then a
 * two-colouring of each component: a strongly connected digraph has an odd directed
 * cycle exactly when its underlying undirected graph is not bipartite.
 */
function undecidedCycles(
  labels: Uint8Array,
  attacks: Adjacency,
  attackedBy: Adjacency,
): { size: Int32Array; odd: Uint8Array } {
  const n = labels.length;
  const component = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  // The explicit call stack: a node, and the next of its edges to follow.
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;

  const enter = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    callNode.push(v);
    callEdge.push(attacks.start[v] ?? 0);
  };

  for (let root = 0; root < n; root++) {
    if (labels[root] !== UNDEC || index[root] !== -1) continue;
    enter(root);
    while (callNode.length) {
      const top = callNode.length - 1;
      const v = callNode[top] ?? 0;
      const edge = callEdge[top] ?? 0;
      if (edge < (attacks.start[v + 1] ?? 0)) {
        callEdge[top] = edge + 1;
        const w = attacks.list[edge] ?? 0;
        if (labels[w] !== UNDEC) continue;
        if (index[w] === -1) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        continue;
      }
      // All of v's edges are done: close its component if it is a root, then return.
      if (low[v] === index[v]) {
        const id = sizes.length;
        let size = 0;
        for (;;) {
          const w = stack.pop();
          if (w === undefined) break;
          onStack[w] = 0;
          component[w] = id;
          size++;
          if (w === v) break;
        }
        sizes.push(size);
      }
      callNode.pop();
      callEdge.pop();
      const parent = callNode[callNode.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
    }
  }

  // Two-colour each component along attacks in either direction, staying inside it.
  const oddComponent = new Uint8Array(sizes.length);
  const colour = new Int8Array(n).fill(-1);
  const queue: number[] = [];
  for (let first = 0; first < n; first++) {
    const c = component[first] ?? -1;
    if (c < 0 || colour[first] !== -1) continue;
    colour[first] = 0;
    queue.length = 0;
    queue.push(first);
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] ?? 0;
      const visit = (w: number) => {
        if (component[w] !== c) return;
        if (colour[w] === -1) {
          colour[w] = 1 - (colour[v] ?? 0);
          queue.push(w);
        } else if (colour[w] === colour[v]) oddComponent[c] = 1;
      };
      forEachOf(attacks, v, visit);
      forEachOf(attackedBy, v, visit);
    }
  }

  const size = new Int32Array(n);
  const odd = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const c = component[v] ?? -1;
    if (c < 0) continue;
    size[v] = sizes[c] ?? 0;
    odd[v] = oddComponent[c] ?? 0;
  }
  return { size, odd };
}

/**
 * The grounded status of every argument in the debate (less any withdrawn ones), with
 * a plain-words reason and the list of attackers of each.
 */
export function groundedStatus(debate: Debate, options: StatusOptions = {}): StatusResult {
  const withdrawing = Boolean(options.withdrawnArguments?.size || options.withdrawnActors?.size);
  const args = withdrawing
    ? debate.arguments.filter((a) => !isWithdrawn(a, options))
    : debate.arguments;
  const n = args.length;
  const position = new Map<ArgumentId, number>();
  args.forEach((a, i) => position.set(a.id, i));

  // The attacks, as parallel lists of attacker and attacked, in debate order.
  const from: number[] = [];
  const to: number[] = [];
  args.forEach((a, i) => {
    if (a.relation !== 'attacks') return;
    const target = position.get(a.target as ArgumentId);
    if (target === undefined) return; // a position, or a withdrawn argument
    from.push(i);
    to.push(target);
  });
  const attacks = adjacency(n, from, to);
  const attackedBy = adjacency(n, to, from);
  const degreeIn = (v: number) => (attackedBy.start[v + 1] ?? 0) - (attackedBy.start[v] ?? 0);

  // Label: attackers not yet OUT are counted down; at zero an argument comes IN.
  const labels = new Uint8Array(n);
  const live = new Int32Array(n);
  const queue = new Int32Array(n);
  // The argument that settled each defeat: the first standing attacker found, which
  // came to stand before the defeat (so naming it never explains a defeat in a circle).
  const defeatedBy = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    live[v] = degreeIn(v);
    if (live[v] === 0) {
      labels[v] = IN;
      queue[tail++] = v;
    }
  }
  const countDown = (next: number) => {
    const left = (live[next] ?? 0) - 1;
    live[next] = left;
    if (left === 0 && labels[next] === UNDEC) {
      labels[next] = IN;
      queue[tail++] = next;
    }
  };
  for (let head = 0; head < tail; head++) {
    const winner = queue[head] ?? 0;
    forEachOf(attacks, winner, (loser) => {
      if (labels[loser] !== UNDEC) return;
      labels[loser] = OUT;
      defeatedBy[loser] = winner;
      forEachOf(attacks, loser, countDown);
    });
  }

  const cycles = labels.includes(UNDEC) ? undecidedCycles(labels, attacks, attackedBy) : null;
  const labelOf = (v: number) => (labels[v] ?? UNDEC) as Label;
  const attackersOf = (v: number): readonly number[] =>
    degreeIn(v)
      ? Array.from(attackedBy.list.subarray(attackedBy.start[v] ?? 0, attackedBy.start[v + 1] ?? 0))
      : NONE;

  // Each reason is a message, read in the interface's language when it is looked up.
  const explain = (v: number, label: Label, by: readonly number[]): MessageDescriptor => {
    if (label === IN) {
      if (by.length === 0) return msg`stands: nothing attacks it`;
      if (by.length === 1) {
        const attacker = claimOf(args[by[0] ?? 0]);
        return msg`stands: its only attacker, “${attacker}”, is itself defeated`;
      }
      const count = by.length;
      return msg`stands: every argument attacking it (${count}) is itself defeated`;
    }
    if (label === OUT) {
      const winner = defeatedBy[v] ?? 0;
      const first = claimOf(args[winner]);
      const more = by.filter((j) => j !== winner && labelOf(j) === IN).length;
      return more > 0
        ? msg`defeated: attacked by “${first}”, which stands (and by ${plural(more, { one: '# other argument that stands', other: '# other arguments that stand' })})`
        : msg`defeated: attacked by “${first}”, which stands`;
    }
    // The loader refuses self-attacks, but a hand-built Debate might hold one.
    if (by.includes(v)) return msg`undecided: it attacks itself, so it cannot stand`;
    const size = cycles?.size[v] ?? 0;
    if (size > 1) {
      return cycles?.odd[v]
        ? msg`undecided: caught in a cycle of attacks among ${plural(size, { one: '# argument', other: '# arguments' })} with no winner (an odd cycle: no way of settling it is consistent)`
        : msg`undecided: caught in a cycle of attacks among ${plural(size, { one: '# argument', other: '# arguments' })} with no winner (an even cycle: either side could win)`;
    }
    // Unreachable while an argument has a single target (then every undecided argument
    // lies on a cycle), but kept so the reason stays true if that ever changes.
    const undecided = claimOf(args[by.find((j) => labelOf(j) === UNDEC) ?? 0]);
    return msg`undecided: attacked by “${undecided}”, which is itself undecided, and by nothing that stands`;
  };

  const status = new Map<ArgumentId, ArgumentStatus>();
  const reason = new Map<ArgumentId, MessageDescriptor>();
  const attackers = new Map<ArgumentId, readonly ArgumentId[]>();
  args.forEach((argument, v) => {
    const label = labelOf(v);
    const by = attackersOf(v);
    status.set(argument.id, LABEL_STATUS[label] ?? 'undecided');
    reason.set(argument.id, explain(v, label, by));
    attackers.set(
      argument.id,
      by.length ? by.flatMap((j) => (args[j] ? [args[j].id] : [])) : NO_ATTACKERS,
    );
  });

  return { status, reason: new ReaderTextMap(reason), attackers };
}
