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
// is iterative, so cycles and long chains are safe.
import type { ActorId, ArgumentId, ArgumentNode, Debate } from './model';

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

/** What each status means, in plain English, for a legend. */
export const ARGUMENT_STATUS_EXPLANATION: Readonly<Record<ArgumentStatus, string>> = {
  stands: 'Stands: nothing attacks it, or every argument that attacks it is itself defeated.',
  defeated: 'Defeated: at least one argument that stands attacks it.',
  undecided:
    'Undecided: it cannot be settled either way, because it is caught in (or attacked from) a cycle of attacks with no winner.',
};

const UNDEC = 0;
const IN = 1;
const OUT = 2;
type Label = typeof UNDEC | typeof IN | typeof OUT;

/** Shared by every unattacked argument, so a large framework allocates less. */
const NO_ATTACKERS: readonly ArgumentId[] = Object.freeze([]);

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

function quoted(argument: ArgumentNode | undefined): string {
  return `“${argument?.claim ?? '?'}”`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * For each undecided argument, whether it lies on a cycle of attacks among undecided
 * arguments, and if so whether that cycle's strongly connected component holds an odd
 * cycle. Iterative Tarjan over the undecided sub-framework, then a two-colouring of each
 * component: a strongly connected digraph has an odd directed cycle exactly when its
 * underlying undirected graph is not bipartite.
 */
function undecidedCycles(
  labels: Uint8Array,
  attacks: readonly (readonly number[])[],
  attackedBy: readonly (readonly number[])[],
): { size: Int32Array; odd: Uint8Array } {
  const n = labels.length;
  const component = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  // The explicit call stack: a node and how far through its targets it has got.
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (labels[root] !== UNDEC || index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    callNode.push(root);
    callEdge.push(0);
    while (callNode.length) {
      const top = callNode.length - 1;
      const v = callNode[top] ?? 0;
      const edge = callEdge[top] ?? 0;
      const targets = attacks[v] ?? [];
      if (edge < targets.length) {
        callEdge[top] = edge + 1;
        const w = targets[edge] ?? 0;
        if (labels[w] !== UNDEC) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(0);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        }
        continue;
      }
      // All of v's targets are done: close its component if it is a root, then return.
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

  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const c = component[v] ?? -1;
    if (c >= 0) size[v] = sizes[c] ?? 0;
  }

  // Two-colour each component along attacks in either direction, staying inside it.
  const odd = new Uint8Array(n);
  const oddComponent = new Uint8Array(sizes.length);
  const colour = new Int8Array(n).fill(-1);
  const queue: number[] = [];
  for (let start = 0; start < n; start++) {
    const c = component[start] ?? -1;
    if (c < 0 || colour[start] !== -1) continue;
    colour[start] = 0;
    queue.length = 0;
    queue.push(start);
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] ?? 0;
      const neighbours = [attacks[v] ?? [], attackedBy[v] ?? []];
      for (const list of neighbours) {
        for (const w of list) {
          if (component[w] !== c) continue;
          if (colour[w] === -1) {
            colour[w] = 1 - (colour[v] ?? 0);
            queue.push(w);
          } else if (colour[w] === colour[v]) oddComponent[c] = 1;
        }
      }
    }
  }
  for (let v = 0; v < n; v++) {
    const c = component[v] ?? -1;
    if (c >= 0 && oddComponent[c]) odd[v] = 1;
  }
  return { size, odd };
}

/**
 * The grounded status of every argument in the debate (less any withdrawn ones), with
 * a plain-words reason and the list of attackers of each.
 */
export function groundedStatus(debate: Debate, options: StatusOptions = {}): StatusResult {
  const args = debate.arguments.filter((a) => !isWithdrawn(a, options));
  const n = args.length;
  const position = new Map<ArgumentId, number>();
  args.forEach((a, i) => position.set(a.id, i));

  // attacks[i]: the arguments i attacks; attackedBy[i]: those attacking i, both in debate order.
  const attacks: number[][] = Array.from({ length: n }, () => []);
  const attackedBy: number[][] = Array.from({ length: n }, () => []);
  args.forEach((a, i) => {
    if (a.relation !== 'attacks') return;
    const target = position.get(a.target as ArgumentId);
    if (target === undefined) return; // a position, or a withdrawn argument
    attacks[i]?.push(target);
    attackedBy[target]?.push(i);
  });

  // Label: attackers not yet OUT are counted down; at zero an argument comes IN.
  const labels = new Uint8Array(n);
  const live = new Int32Array(n);
  const queue = new Int32Array(n);
  // The argument that settled each defeat: the first standing attacker found, which
  // came to stand before the defeat (so naming it never explains a defeat in a circle).
  const defeatedBy = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    live[i] = attackedBy[i]?.length ?? 0;
    if (live[i] === 0) {
      labels[i] = IN;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const winner = queue[head] ?? 0;
    for (const loser of attacks[winner] ?? []) {
      if (labels[loser] !== UNDEC) continue;
      labels[loser] = OUT;
      defeatedBy[loser] = winner;
      for (const next of attacks[loser] ?? []) {
        const left = (live[next] ?? 0) - 1;
        live[next] = left;
        if (left === 0 && labels[next] === UNDEC) {
          labels[next] = IN;
          queue[tail++] = next;
        }
      }
    }
  }

  const anyUndecided = labels.includes(UNDEC);
  const cycles = anyUndecided ? undecidedCycles(labels, attacks, attackedBy) : null;

  const status = new Map<ArgumentId, ArgumentStatus>();
  const reason = new Map<ArgumentId, string>();
  const attackers = new Map<ArgumentId, readonly ArgumentId[]>();
  const labelOf = (i: number) => (labels[i] ?? UNDEC) as Label;

  const explain = (i: number, label: Label): string => {
    const by = attackedBy[i] ?? [];
    if (label === IN) {
      if (by.length === 0) return 'stands: nothing attacks it';
      if (by.length === 1)
        return `stands: its only attacker, ${quoted(args[by[0] ?? 0])}, is itself defeated`;
      return `stands: every argument attacking it (${by.length}) is itself defeated`;
    }
    if (label === OUT) {
      const winner = defeatedBy[i] ?? 0;
      const first = quoted(args[winner]);
      const more = by.filter((j) => j !== winner && labelOf(j) === IN).length;
      return more > 0
        ? `defeated: attacked by ${first}, which stands (and by ${plural(more, 'other argument that stands', 'other arguments that stand')})`
        : `defeated: attacked by ${first}, which stands`;
    }
    // The loader refuses self-attacks, but a hand-built Debate might hold one.
    if ((attacks[i] ?? []).includes(i)) return 'undecided: it attacks itself, so it cannot stand';
    const size = cycles?.size[i] ?? 0;
    if (size > 1) {
      return cycles?.odd[i]
        ? `undecided: caught in a cycle of attacks among ${plural(size, 'argument', 'arguments')} with no winner (an odd cycle: no way of settling it is consistent)`
        : `undecided: caught in a cycle of attacks among ${plural(size, 'argument', 'arguments')} with no winner (an even cycle: either side could win)`;
    }
    const undecided = by.find((j) => labelOf(j) === UNDEC);
    return `undecided: attacked by ${quoted(args[undecided ?? 0])}, which is itself undecided, and by nothing that stands`;
  };

  args.forEach((argument, i) => {
    const label = labelOf(i);
    status.set(argument.id, LABEL_STATUS[label] ?? 'undecided');
    reason.set(argument.id, explain(i, label));
    const by = attackedBy[i] ?? [];
    attackers.set(
      argument.id,
      by.length ? by.flatMap((j) => (args[j] ? [args[j].id] : [])) : NO_ATTACKERS,
    );
  });

  return { status, reason, attackers };
}
