// A debate → a Kialo-style outline: the first issue is the discussion, positions are
// theses, arguments are pros and cons, sources are footnotes. Kialo has no actors,
// stances or quotes; the report says so. An argument that repeats another (x-same-as)
// is written as Kialo's link, `-> See 1.2.`.
import { argumentTree } from './argument-tree';
import { itemsOf, lostCount, type Exported } from './export-result';

type Json = Record<string, unknown>;

/** Kialo text: one line, with brackets escaped so they never read as links or footnotes. */
const kialoText = (text: unknown) =>
  String(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/([\\[\]()])/g, '\\$1');

export function writeKialo(document: Json): Exported {
  const issues = itemsOf(document, 'issues');
  const positions = itemsOf(document, 'positions');
  const meta = (document.meta ?? {}) as Json;
  const question = String(issues[0]?.question ?? meta.title ?? 'Discussion');
  const { lines, unreached } = argumentTree(document);
  const single = positions.length === 1;
  const out = [`Discussion Title: ${kialoText(question)}`, ''];
  if (!single) out.push(`1. ${kialoText(question)}`);
  const footnotes = new Map<string, number>();
  const numberOf = new Map<string, string>();
  // The last number used at each depth, to number the next sibling.
  const counters: number[] = [];
  const path: string[] = [];
  for (const { item, depth } of lines) {
    const level = single ? depth : depth + 1;
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    path.length = level;
    path[level] = String(counters[level]);
    const number = single ? path.join('.') : ['1', ...path.slice(1)].join('.');
    numberOf.set(String(item.id), number);
    const kind =
      depth === 0 ? (single ? '' : 'Thesis: ') : item.relation === 'attacks' ? 'Con: ' : 'Pro: ';
    const original =
      typeof item['x-same-as'] === 'string' ? numberOf.get(item['x-same-as']) : undefined;
    let text = original ? `-> See ${original}.` : kialoText(item.statement ?? item.claim);
    // Kialo cites a source, not a quote: each source once per claim.
    const cited = new Set(
      (Array.isArray(item.evidence) ? (item.evidence as Json[]) : []).map((e) => String(e.source)),
    );
    if (!original)
      for (const source of cited) {
        if (!footnotes.has(source)) footnotes.set(source, footnotes.size + 1);
        text += ` [${footnotes.get(source)}]`;
      }
    out.push(`${number}. ${kind}${text}`);
  }
  if (footnotes.size) {
    out.push('', 'Sources:');
    const sources = new Map(itemsOf(document, 'sources').map((s) => [String(s.id), s]));
    for (const [id, n] of footnotes) {
      const source = sources.get(id);
      out.push(
        `[${n}] ${[kialoText(source?.title ?? id), source?.url].filter(Boolean).join(', ')}`,
      );
    }
  }
  const quotes = ['stances', 'arguments'].reduce(
    (n, array) =>
      n +
      itemsOf(document, array).reduce(
        (m, item) => m + (Array.isArray(item.evidence) ? item.evidence.length : 0),
        0,
      ),
    0,
  );
  const lost = [
    ...(issues.length > 1
      ? [`${issues.length - 1} more issue(s): their positions are theses of the first`]
      : []),
    ...lostCount(document, 'actors'),
    ...lostCount(document, 'stances'),
    ...(quotes ? ['quotes (sources are kept as footnotes)'] : []),
    ...(unreached ? [`${unreached} argument(s) that reach no position (a cycle)`] : []),
    ...lostCount(document, 'events'),
    ...lostCount(document, 'glossary', 'glossary entries'),
    ...lostCount(document, 'tours'),
  ];
  return { content: out.join('\n') + '\n', mimeType: 'text/plain', extension: 'txt', lost };
}
