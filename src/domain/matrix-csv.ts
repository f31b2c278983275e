import type { Debate } from './model';

/**
 * A cell for a spreadsheet: quoted when it holds a comma, quote or line break, and
 * defused when it starts like a formula (=, +, -, @), so opening the file never runs one.
 */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The stance matrix as CSV: one row per actor, one column per position (grouped by issue). */
export function matrixCsv(debate: Debate): string {
  const positions = debate.issues.flatMap(
    (issue) => debate.index.positionsOfIssue.get(issue.id) ?? [],
  );
  const header = ['actor', 'kind', ...positions.map((p) => p.statement)];
  const rows = debate.actors.map((actor) => {
    const stances = new Map(
      (debate.index.stancesOfActor.get(actor.id) ?? []).map((s) => [s.position, s.stance]),
    );
    return [actor.name, actor.actorKind, ...positions.map((p) => stances.get(p.id) ?? '')];
  });
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
