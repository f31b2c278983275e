// JSON → each format → JSON keeps what that format can hold, and the export's report
// names what it cannot.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Debate } from '../../src/domain/model';
import { exportDebate, type ExportFormat } from '../../src/loader/export/export-debate';
import { loadFiles } from '../../src/loader/import/door';
import { loadDebateText } from '../../src/loader/load-debate';
import { formatProblem } from '../../src/loader/problems';
import { serialiseDebate } from '../../src/loader/serialise';

type Json = Record<string, unknown>;

function bundled(file: string): Debate {
  const result = loadDebateText(
    readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result.debate;
}

async function roundTrip(debate: Debate, format: ExportFormat) {
  const exported = await exportDebate(debate, format);
  const bytes =
    typeof exported.content === 'string'
      ? new TextEncoder().encode(exported.content)
      : exported.content;
  const result = await loadFiles([{ name: `back.${exported.extension}`, bytes }]);
  if (!result.ok) expect(result.errors.map(formatProblem)).toEqual([]);
  if (!result.ok) throw new Error('the round trip did not load');
  return { exported, back: serialiseDebate(result.debate), warnings: result.warnings };
}

const pick = (items: unknown, fields: readonly string[]) =>
  (items as Json[]).map((item) =>
    Object.fromEntries(fields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])),
  );

describe.each(['template.json', 'eu-taliban-returns.json'])('%s, there and back', (file) => {
  const debate = bundled(file);
  const original = serialiseDebate(debate);

  it('as a spreadsheet loses nothing but tours and translations', async () => {
    const { exported, back } = await roundTrip(debate, 'xlsx');
    for (const array of [
      'issues',
      'positions',
      'actors',
      'stances',
      'arguments',
      'sources',
      'events',
      'glossary',
    ])
      expect(back[array], array).toEqual(original[array]);
    expect(back.meta).toEqual(original.meta);
    expect(exported.lost).toEqual([
      ...(debate.tours.length ? [expect.stringMatching(/tour/)] : []),
      ...(debate.translations ? ['translations (fr)'] : []),
    ]);
  });

  it('as Argdown keeps issues, positions, arguments, actors, stances and sources', async () => {
    const { exported, back } = await roundTrip(debate, 'argdown');
    for (const array of ['issues', 'positions', 'actors', 'sources'])
      expect(back[array], array).toEqual(original[array]);
    // Arguments are written as trees, stances under their actors: the same, in another order.
    const byId = (list: unknown) =>
      [...(list as Json[])].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(back.arguments)).toEqual(byId(original.arguments));
    const byPair = (list: unknown) =>
      [...(list as Json[])].sort((a, b) =>
        `${String(a.actor)} ${String(a.position)}`.localeCompare(
          `${String(b.actor)} ${String(b.position)}`,
        ),
      );
    expect(byPair(back.stances)).toEqual(byPair(original.stances));
    expect(exported.lost.join(', ')).toMatch(debate.events.length ? /event/ : /^|tour/);
  });

  it('as a Kialo outline keeps positions and the claims, relations and sources of arguments', async () => {
    const { exported, back } = await roundTrip(debate, 'kialo');
    expect(pick(back.positions, ['statement'])).toEqual(pick(original.positions, ['statement']));
    const claims = (a: unknown) =>
      pick(a, ['claim', 'relation'])
        .map((c) => JSON.stringify(c))
        .sort();
    expect(claims(back.arguments)).toEqual(claims(original.arguments));
    const cited = (doc: Json) =>
      (doc.arguments as Json[]).map((a) => (a.evidence as Json[]).length).sort();
    expect(cited(back)).toEqual(
      (original.arguments as Json[])
        .map((a) => new Set((a.evidence as Json[]).map((e) => e.source)).size)
        .sort(),
    );
    expect(exported.lost.join(', ')).toMatch(/actor/);
    expect(exported.lost.join(', ')).toMatch(/stance/);
  });

  it('as AIF keeps positions and arguments with their relations', async () => {
    const { exported, back } = await roundTrip(debate, 'aif');
    const shape = (doc: Json) => {
      const text = new Map<unknown, unknown>([
        ...(doc.positions as Json[]).map((p) => [p.id, p.statement] as const),
        ...(doc.arguments as Json[]).map((a) => [a.id, a.claim] as const),
      ]);
      return (doc.arguments as Json[])
        .map((a) => `${String(a.claim)} ${String(a.relation)} ${String(text.get(a.target))}`)
        .sort();
    };
    expect(shape(back)).toEqual(shape(original));
    expect(pick(back.positions, ['statement'])).toEqual(pick(original.positions, ['statement']));
    expect(exported.lost.join(', ')).toMatch(/issue.*actor.*stance.*evidence/);
  });
});
