// A balance report for a debate, so that an author (or a sceptical teacher) can see at a
// glance whether the structure tilts one way: per issue, the arguments and attacks on
// each side, which of them grounded semantics defeats, how the stances are grounded,
// which positions have actors on both sides, and which stances mirror each other.
//
// An argument's side is the position it ultimately bears on and whether it speaks for
// or against it: follow its targets up to a position, and count the attacks on the way
// (an attack on an attack is for). A side on the second of two complementary positions
// is folded onto the first ("for no talks" is "against talks"), so that each question
// has two sides, not four.
import { groundedStatus } from './argument-status';
import { rootPosition } from './issue-membership';
import {
  STANCE_BASES,
  type ArgumentNode,
  type Debate,
  type DebateNode,
  type IssueNode,
  type PositionId,
  type PositionNode,
  type Stance,
  type StanceBasis,
} from './model';
import { mirrorStances, primaryOfPosition, type MirrorStance } from './mirror-stances';

export interface Side {
  readonly position: PositionId;
  readonly polarity: 'for' | 'against';
}

export interface SideBalance {
  readonly side: Side;
  /** Arguments on this side. */
  readonly arguments: number;
  /** Of these, the ones that attack another argument (the only attacks that defeat). */
  readonly attacksOnArguments: number;
  /** Of these, the ones that attack a position. */
  readonly attacksOnPositions: number;
  /** Of these, the ones grounded semantics marks defeated. */
  readonly defeated: number;
}

export type BasisCount = Readonly<Record<StanceBasis | 'unspecified', number>>;

export interface IssueBalance {
  readonly issue: IssueNode;
  /** Every side with at least one argument, in position order, "for" before "against". */
  readonly sides: readonly SideBalance[];
  /** The defeated arguments themselves, with their sides, so a report can name them. */
  readonly defeated: readonly { readonly argument: ArgumentNode; readonly side: Side }[];
  /** The one side all defeated arguments sit on, when there are some and they share one. */
  readonly defeatedOnOneSide: Side | null;
  /** Whether meta.notes names this issue's question, to explain why the sources tilt. */
  readonly explainedInNotes: boolean;
  readonly stancesByBasis: BasisCount;
  /** Positions with at least one actor for and one against. */
  readonly contested: readonly PositionNode[];
  readonly mirrorStances: readonly MirrorStance[];
}

export interface DebateBalance {
  readonly issues: readonly IssueBalance[];
  readonly stancesByBasis: BasisCount;
  /** Stances marked "inferred" that give no reason (basisNote). */
  readonly inferredWithoutReason: readonly Stance[];
  /** Issues whose defeated arguments all sit on one side and whose tilt the notes do not explain. */
  readonly unexplainedOneSided: readonly IssueNode[];
}

/** The side of an argument, or null when it leads to no position (a cycle). */
export function sideOf(
  debate: Debate,
  argument: ArgumentNode,
  primary: ReadonlyMap<PositionId, PositionId> = primaryOfPosition(debate),
): Side | null {
  const root = rootPosition(debate, argument);
  if (!root) return null;
  let against = false;
  let current: DebateNode | undefined = argument;
  while (current?.type === 'argument') {
    if (current.relation === 'attacks') against = !against;
    current = debate.index.node.get(current.target);
  }
  const first = primary.get(root.id);
  if (first !== undefined) against = !against;
  return { position: first ?? root.id, polarity: against ? 'against' : 'for' };
}

function countBases(stances: readonly Stance[]): BasisCount {
  const count: Record<StanceBasis | 'unspecified', number> = {
    stated: 0,
    reported: 0,
    inferred: 0,
    unspecified: 0,
  };
  for (const s of stances) count[s.basis ?? 'unspecified']++;
  return count;
}

const sideKey = (side: Side) => `${side.polarity}:${side.position}`;

export function auditBalance(debate: Debate): DebateBalance {
  const primary = primaryOfPosition(debate);
  const { status } = groundedStatus(debate);
  const mirrors = mirrorStances(debate);
  const issueOfPosition = new Map(debate.positions.map((p) => [p.id, p.issue]));
  const positionOrder = new Map(debate.positions.map((p, i) => [p.id, i]));

  const issues = debate.issues.map((issue): IssueBalance => {
    const sides = new Map<string, { side: Side } & Omit<SideBalance, 'side'>>();
    const defeatedArguments: { argument: ArgumentNode; side: Side }[] = [];
    const defeatedSides = new Set<string>();
    for (const argument of debate.arguments) {
      const side = sideOf(debate, argument, primary);
      if (!side || issueOfPosition.get(side.position) !== issue.id) continue;
      const key = sideKey(side);
      const row = sides.get(key) ?? {
        side,
        arguments: 0,
        attacksOnArguments: 0,
        attacksOnPositions: 0,
        defeated: 0,
      };
      const targetType = debate.index.node.get(argument.target)?.type;
      const defeated = status.get(argument.id) === 'defeated';
      sides.set(key, {
        ...row,
        arguments: row.arguments + 1,
        attacksOnArguments:
          row.attacksOnArguments +
          (argument.relation === 'attacks' && targetType === 'argument' ? 1 : 0),
        attacksOnPositions:
          row.attacksOnPositions +
          (argument.relation === 'attacks' && targetType === 'position' ? 1 : 0),
        defeated: row.defeated + (defeated ? 1 : 0),
      });
      if (defeated) {
        defeatedSides.add(key);
        defeatedArguments.push({ argument, side });
      }
    }
    const positions = debate.index.positionsOfIssue.get(issue.id) ?? [];
    const stances = positions.flatMap((p) => debate.index.stancesOnPosition.get(p.id) ?? []);
    return {
      issue,
      sides: [...sides.values()].sort(
        (a, b) =>
          (positionOrder.get(a.side.position) ?? 0) - (positionOrder.get(b.side.position) ?? 0) ||
          (a.side.polarity === 'for' ? 0 : 1) - (b.side.polarity === 'for' ? 0 : 1),
      ),
      defeated: defeatedArguments,
      defeatedOnOneSide: defeatedSides.size === 1 ? (defeatedArguments[0]?.side ?? null) : null,
      explainedInNotes: Boolean(debate.meta.notes?.includes(issue.question)),
      stancesByBasis: countBases(stances),
      contested: positions.filter((p) => {
        const values = new Set(debate.index.stancesOnPosition.get(p.id)?.map((s) => s.stance));
        return values.has('for') && values.has('against');
      }),
      mirrorStances: mirrors.filter((m) => issueOfPosition.get(m.stance.position) === issue.id),
    };
  });

  return {
    issues,
    stancesByBasis: countBases(debate.stances),
    inferredWithoutReason: debate.stances.filter((s) => s.basis === 'inferred' && !s.basisNote),
    unexplainedOneSided: issues
      .filter((i) => i.defeatedOnOneSide && !i.explainedInNotes)
      .map((i) => i.issue),
  };
}

/* eslint-disable lingui/no-unlocalized-strings -- the audit below is a Markdown report for
   authors (npm run audit-debate, docs/dataset-audit.md), in English, not a reader's text. */
const basisLine = (count: BasisCount) =>
  [...STANCE_BASES, 'unspecified' as const]
    .filter((b) => b !== 'unspecified' || count.unspecified > 0)
    .map((b) => `${b} ${count[b]}`)
    .join(', ');

const sideName = (side: Side) => `${side.polarity} \`${side.position}\``;

/** The report as Markdown, for the command line and docs/dataset-audit.md. */
export function formatBalance(debate: Debate, balance: DebateBalance): string {
  const lines: string[] = [
    `# Balance audit: ${debate.meta.title}`,
    '',
    `Stances by basis: ${basisLine(balance.stancesByBasis)}.`,
    `Inferred stances without a reason: ${balance.inferredWithoutReason.length}.`,
    `Issues whose defeated arguments all sit on one side, unexplained in the notes: ${balance.unexplainedOneSided.length}.`,
  ];
  for (const item of balance.issues) {
    lines.push('', `## ${item.issue.question}`, '', `Issue \`${item.issue.id}\`.`, '');
    if (item.sides.length === 0) lines.push('No arguments.');
    else {
      lines.push(
        '| side | arguments | attacks on arguments | attacks on positions | defeated |',
        '|---|---:|---:|---:|---:|',
      );
      for (const s of item.sides)
        lines.push(
          `| ${sideName(s.side)} | ${s.arguments} | ${s.attacksOnArguments} | ${s.attacksOnPositions} | ${s.defeated} |`,
        );
    }
    lines.push(
      '',
      `- Defeated arguments: ${
        item.defeated.map((d) => `\`${d.argument.id}\` (${sideName(d.side)})`).join(', ') || 'none'
      }.`,
      `- Defeated arguments all on one side: ${
        item.defeatedOnOneSide
          ? `yes, ${sideName(item.defeatedOnOneSide)} (${item.explainedInNotes ? 'explained in the notes' : 'NOT explained in the notes'})`
          : 'no'
      }.`,
      `- Stances by basis: ${basisLine(item.stancesByBasis)}.`,
      `- Positions with actors on both sides: ${
        item.contested.map((p) => `\`${p.id}\``).join(', ') || 'none'
      }.`,
      `- Mirror stances (counted once): ${
        item.mirrorStances
          .map((m) => `\`${m.stance.actor}\` ${m.stance.stance} \`${m.stance.position}\``)
          .join('; ') || 'none'
      }.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
