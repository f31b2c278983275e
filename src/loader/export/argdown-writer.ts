// A debate → Argdown: each issue a heading; under it its positions as statements
// `[id]: …` with the arguments on them indented (`+ <id>: …` supports, `- <id>: …`
// attacks); actors as statements tagged #actor whose stances are outgoing relations
// (`+> [position] {stance: for, basis: stated, …}`); sources as statements tagged #source. Evidence,
// `by`, a position's `complementOf` and other fields go in `{…}` data. Ids are the titles, so it reads back the same.
import { writeData, type Data } from '../import/flow-data';
import { argumentTree } from './argument-tree';
import { itemsOf, lostCount, type Exported } from './export-result';
import { META_FIELDS } from '../import/spreadsheet/layout';

type Json = Record<string, unknown>;

/** Argdown text on one line, without characters that would start a tag, a link or data. */
const argdownText = (text: unknown) =>
  String(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/([#{}[\]<>\\])/g, '\\$1');

function dataOf(item: Json, fields: readonly string[]): string {
  const data: Record<string, Data> = {};
  for (const field of fields) {
    const value = item[field];
    if (typeof value === 'string' && value) data[field] = value;
    else if (Array.isArray(value) && value.length) {
      if (field === 'evidence')
        data.evidence = (value as Json[]).map(
          (e) =>
            Object.fromEntries(Object.entries(e).filter(([, v]) => typeof v === 'string')) as Data,
        );
      else data[field] = value.map(String);
    }
  }
  return Object.keys(data).length ? ` ${writeData(data)}` : '';
}

export function writeArgdown(document: Json): Exported {
  const meta = (document.meta ?? {}) as Json;
  const front = META_FIELDS.filter((k) => typeof meta[k] === 'string' && meta[k]).map(
    (k) => `${k}: ${writeData(String(meta[k]))}`,
  );
  const out = ['===', ...front, '===', ''];
  const { lines, unreached } = argumentTree(document);
  const issueOf = new Map(
    itemsOf(document, 'positions').map((p) => [String(p.id), String(p.issue)]),
  );
  const byIssue = new Map<string, string[]>();
  let currentIssue = '';
  for (const { item, depth } of lines) {
    if (depth === 0) currentIssue = issueOf.get(String(item.id)) ?? '';
    const indent = '  '.repeat(depth);
    const text =
      depth === 0
        ? `[${String(item.id)}]: ${argdownText(item.statement)}${dataOf(item, ['complementOf'])}`
        : `${item.relation === 'attacks' ? '-' : '+'} <${String(item.id)}>: ${argdownText(item.claim)}${dataOf(item, ['text', 'by', 'evidence', 'x-same-as'])}`;
    if (!byIssue.has(currentIssue)) byIssue.set(currentIssue, []);
    byIssue.get(currentIssue)!.push(indent + text);
  }
  for (const issue of itemsOf(document, 'issues')) {
    out.push(
      `# ${argdownText(issue.question)} {id: ${String(issue.id)}${issue.summary ? `, summary: ${writeData(String(issue.summary))}` : ''}}`,
      '',
    );
    out.push(...(byIssue.get(String(issue.id)) ?? []), '');
  }
  const actors = itemsOf(document, 'actors');
  if (actors.length) {
    out.push('# Actors', '');
    const stances = itemsOf(document, 'stances');
    for (const actor of actors) {
      out.push(
        `[${String(actor.id)}]: ${argdownText(actor.name)} #actor${dataOf(actor, ['kind', 'shortName', 'summary', 'memberOf'])}`,
      );
      for (const stance of stances.filter((s) => s.actor === actor.id))
        out.push(
          `  ${stance.stance === 'against' ? '->' : '+>'} [${String(stance.position)}]${dataOf(stance, ['stance', 'summary', 'basis', 'basisNote', 'evidence'])}`,
        );
    }
    out.push('');
  }
  const sources = itemsOf(document, 'sources');
  if (sources.length) {
    out.push('# Sources', '');
    for (const source of sources)
      out.push(
        `[${String(source.id)}]: ${argdownText(source.title)} #source${dataOf(source, ['publisher', 'date', 'url'])}`,
      );
    out.push('');
  }
  const lost = [
    ...(unreached ? [`${unreached} argument(s) that reach no position (a cycle)`] : []),
    ...lostCount(document, 'events'),
    ...lostCount(document, 'glossary', 'glossary entries'),
    ...lostCount(document, 'tours'),
  ];
  return { content: out.join('\n'), mimeType: 'text/plain', extension: 'argdown', lost };
}
