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
// yet defeated, and the arguments that come to stand or are defeated are handled stage
// by stage. Everything is iterative, so cycles and long chains are safe. Adjacency is kept
// in flat typed arrays rather than an array per argument, to spare the garbage collector.
//
// A "what if" switch need not start again: only the arguments its attacks reach can
// change, so `updatedStatus` works out that part again against the labels of the rest.
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
/** Withdrawn by a switch: out of the framework, with no status. */
const ABSENT = 3;
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
 * cycle exactly when its underlying undirected graph is not bipartite. Only components
 * met from `region` are found: a region closed under attacks holds each of them whole.
 */
function undecidedCycles(
  labels: Uint8Array,
  attacks: Adjacency,
  attackedBy: Adjacency,
  region: readonly number[],
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

  for (const root of region) {
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
  for (const first of region) {
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
  for (const v of region) {
    const c = component[v] ?? -1;
    if (c < 0) continue;
    size[v] = sizes[c] ?? 0;
    odd[v] = oddComponent[c] ?? 0;
  }
  return { size, odd };
}

/** The attack relation over all of a debate's arguments, withdrawn or not. */
interface Framework {
  readonly args: readonly ArgumentNode[];
  readonly attacks: Adjacency;
  readonly attackedBy: Adjacency;
}

/** Built once per debate (debates are never changed in place), then shared by every switch. */
const frameworks = new WeakMap<Debate, Framework>();

function frameworkOf(debate: Debate): Framework {
  const known = frameworks.get(debate);
  if (known) return known;
  const args = debate.arguments;
  const position = new Map<ArgumentId, number>();
  args.forEach((a, i) => position.set(a.id, i));
  // The attacks, as parallel lists of attacker and attacked, in debate order.
  const from: number[] = [];
  const to: number[] = [];
  args.forEach((a, i) => {
    if (a.relation !== 'attacks') return;
    const target = position.get(a.target as ArgumentId);
    if (target === undefined) return; // a position
    from.push(i);
    to.push(target);
  });
  const built = {
    args,
    attacks: adjacency(args.length, from, to),
    attackedBy: adjacency(args.length, to, from),
  };
  frameworks.set(debate, built);
  return built;
}

/**
 * A labelling, kept so the next switch can start from it: per argument of the debate, in
 * debate order, its label, the stage at which it was settled, its reason and attackers.
 *
 * Stages follow the grounded construction step by step: an argument comes to stand one
 * step after the last of its attackers is defeated (at stage 0 when nothing attacks it),
 * and is defeated at the stage its earliest standing attacker came to stand. They make
 * the reasons independent of the order in which arguments are visited, so an update and
 * a fresh computation always say the same thing.
 */
interface Labelling {
  readonly debate: Debate;
  readonly labels: Uint8Array;
  readonly stage: Int32Array;
  readonly reasons: readonly (MessageDescriptor | undefined)[];
  readonly attackers: readonly (readonly ArgumentId[] | undefined)[];
}

const labellings = new WeakMap<StatusResult, Labelling>();

/** What one of `labelRegion`'s events says: an argument comes to stand, or is defeated. */
const COMES_IN = 0;
const GOES_OUT = 1;

/**
 * Labels the arguments of `region`, given the final labels and stages of every argument
 * outside it. The region must be closed under attacks, and its arguments must enter
 * labelled UNDEC (in the framework) or ABSENT (withdrawn). Grounded semantics is
 * directional: an argument's label depends only on the arguments that reach it by
 * attacks, so the labels outside the region are the boundary the region is solved
 * against, and the result is what a computation over the whole framework would give.
 *
 * Events are handled stage by stage (a bucket per stage), so each argument gets the
 * earliest stage at which the construction settles it.
 */
function labelRegion(
  framework: Framework,
  region: readonly number[],
  inRegion: Uint8Array,
  labels: Uint8Array,
  stage: Int32Array,
): void {
  const { attacks, attackedBy } = framework;
  const n = labels.length;
  // Attackers not yet known to be defeated, and the latest stage at which one was.
  const live = new Int32Array(n);
  const latestDefeat = new Int32Array(n);
  const buckets: number[][] = [];
  const schedule = (event: number, v: number, at: number) =>
    (buckets[at] ??= []).push(v * 2 + event);

  for (const v of region) {
    if (labels[v] !== UNDEC) continue;
    let waiting = 0;
    let latest = -1;
    let earliestWinner = Infinity;
    forEachOf(attackedBy, v, (a) => {
      const label = labels[a];
      if (label === ABSENT) return;
      if (inRegion[a] || label === UNDEC) waiting++;
      else if (label === IN) {
        earliestWinner = Math.min(earliestWinner, stage[a] ?? 0);
        // It never falls: the argument is defeated at that stage, and must not come to
        // stand first when its attackers in the region fall (counted, it keeps it out).
        waiting++;
      } else latest = Math.max(latest, stage[a] ?? 0);
    });
    live[v] = waiting;
    latestDefeat[v] = latest;
    if (earliestWinner !== Infinity) schedule(GOES_OUT, v, earliestWinner);
    else if (waiting === 0) schedule(COMES_IN, v, latest + 1);
  }

  for (let at = 0; at < buckets.length; at++) {
    const bucket = buckets[at];
    if (!bucket) continue;
    // Defeats found at this stage join the bucket while it is being read.
    for (let i = 0; i < bucket.length; i++) {
      const event = bucket[i] ?? 0;
      const v = event >> 1;
      if (labels[v] !== UNDEC) continue;
      stage[v] = at;
      if ((event & 1) === COMES_IN) {
        labels[v] = IN;
        forEachOf(attacks, v, (loser) => {
          if (labels[loser] === UNDEC) schedule(GOES_OUT, loser, at);
        });
      } else {
        labels[v] = OUT;
        forEachOf(attacks, v, (next) => {
          if (labels[next] !== UNDEC) return;
          const left = (live[next] ?? 0) - 1;
          live[next] = left;
          latestDefeat[next] = Math.max(latestDefeat[next] ?? 0, at);
          if (left === 0) schedule(COMES_IN, next, (latestDefeat[next] ?? 0) + 1);
        });
      }
    }
  }
}

/** Writes the reason and attackers of each argument of `region` (labels all final). */
function explainRegion(
  framework: Framework,
  region: readonly number[],
  labels: Uint8Array,
  stage: Int32Array,
  reasons: (MessageDescriptor | undefined)[],
  attackerIds: (readonly ArgumentId[] | undefined)[],
): void {
  const { args, attacks, attackedBy } = framework;
  const cycles = region.some((v) => labels[v] === UNDEC)
    ? undecidedCycles(labels, attacks, attackedBy, region)
    : null;
  const labelOf = (v: number) => (labels[v] ?? UNDEC) as Label;

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
      // The standing attacker that came to stand first (the first in debate order among
      // equals): it stood before the defeat, so naming it never explains one in a circle.
      let winner = -1;
      for (const j of by)
        if (labelOf(j) === IN && (winner < 0 || (stage[j] ?? 0) < (stage[winner] ?? 0))) winner = j;
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

  for (const v of region) {
    const label = labels[v];
    if (label === ABSENT) {
      reasons[v] = undefined;
      attackerIds[v] = undefined;
      continue;
    }
    const by: number[] = [];
    forEachOf(attackedBy, v, (a) => {
      if (labels[a] !== ABSENT) by.push(a);
    });
    reasons[v] = explain(v, (label ?? UNDEC) as Label, by.length ? by : NONE);
    attackerIds[v] = by.length ? by.flatMap((j) => (args[j] ? [args[j].id] : [])) : NO_ATTACKERS;
  }
}

/** The result's Maps, in debate order, from a labelling. */
function resultOf(labelling: Labelling): StatusResult {
  const { labels, reasons } = labelling;
  const status = new Map<ArgumentId, ArgumentStatus>();
  const reason = new Map<ArgumentId, MessageDescriptor>();
  const attackers = new Map<ArgumentId, readonly ArgumentId[]>();
  labelling.debate.arguments.forEach((argument, v) => {
    const label = labels[v] ?? UNDEC;
    if (label === ABSENT) return;
    status.set(argument.id, LABEL_STATUS[label] ?? 'undecided');
    const why = reasons[v];
    if (why) reason.set(argument.id, why);
    attackers.set(argument.id, labelling.attackers[v] ?? NO_ATTACKERS);
  });
  const result = { status, reason: new ReaderTextMap(reason), attackers };
  labellings.set(result, labelling);
  return result;
}

/** Which arguments the options take out of the framework (1) and which stay (0). */
function withdrawnMask(args: readonly ArgumentNode[], options: StatusOptions): Uint8Array {
  const withdrawing = Boolean(options.withdrawnArguments?.size || options.withdrawnActors?.size);
  const mask = new Uint8Array(args.length);
  if (withdrawing) args.forEach((a, v) => (mask[v] = isWithdrawn(a, options) ? 1 : 0));
  return mask;
}

/**
 * The grounded status of every argument in the debate (less any withdrawn ones), with
 * a plain-words reason and the list of attackers of each, worked out from scratch.
 */
export function groundedStatus(debate: Debate, options: StatusOptions = {}): StatusResult {
  const framework = frameworkOf(debate);
  const n = framework.args.length;
  const withdrawn = withdrawnMask(framework.args, options);
  const labels = withdrawn.map((w) => (w ? ABSENT : UNDEC));
  const stage = new Int32Array(n);
  const region = Array.from({ length: n }, (_, v) => v);
  const reasons = new Array<MessageDescriptor | undefined>(n);
  const attackerIds: (readonly ArgumentId[] | undefined)[] = new Array<undefined>(n);
  labelRegion(framework, region, new Uint8Array(n).fill(1), labels, stage);
  explainRegion(framework, region, labels, stage, reasons, attackerIds);
  return resultOf({ debate, labels, stage, reasons, attackers: attackerIds });
}

/**
 * The same as `groundedStatus(debate, options)`, worked out again only where a switch can
 * change anything: the arguments taken out or put back since `previous`, and every
 * argument their attacks reach. The rest keep their labels, reasons and attackers (grounded
 * semantics is directional: nothing upstream of a change can move). Starts from scratch
 * when `previous` is missing or was made for another debate.
 */
export function updatedStatus(
  previous: StatusResult | undefined,
  debate: Debate,
  options: StatusOptions = {},
): StatusResult {
  const before = previous && labellings.get(previous);
  if (!previous || before?.debate !== debate) return groundedStatus(debate, options);
  const framework = frameworkOf(debate);
  const n = framework.args.length;
  const withdrawn = withdrawnMask(framework.args, options);

  // The switched arguments, then everything their attacks reach, breadth first.
  const inRegion = new Uint8Array(n);
  const region: number[] = [];
  for (let v = 0; v < n; v++)
    if ((before.labels[v] === ABSENT) !== (withdrawn[v] === 1)) {
      inRegion[v] = 1;
      region.push(v);
    }
  if (region.length === 0) return previous;
  for (let head = 0; head < region.length; head++)
    forEachOf(framework.attacks, region[head] ?? 0, (w) => {
      if (inRegion[w]) return;
      inRegion[w] = 1;
      region.push(w);
    });

  const labels = before.labels.slice();
  const stage = before.stage.slice();
  const reasons = before.reasons.slice();
  const attackerIds = before.attackers.slice();
  for (const v of region) labels[v] = withdrawn[v] ? ABSENT : UNDEC;
  labelRegion(framework, region, inRegion, labels, stage);
  explainRegion(framework, region, labels, stage, reasons, attackerIds);
  return resultOf({ debate, labels, stage, reasons, attackers: attackerIds });
}

/** The last what-if result of each debate, which the next switch starts from. */
const lastWhatIf = new WeakMap<Debate, StatusResult>();

/**
 * The statuses under a what-if switch: `groundedStatus(debate, options)`, updated from the
 * previous call for the same debate rather than worked out again for every argument.
 */
export function whatIfStatus(debate: Debate, options: StatusOptions = {}): StatusResult {
  const result = updatedStatus(lastWhatIf.get(debate), debate, options);
  lastWhatIf.set(debate, result);
  return result;
}
