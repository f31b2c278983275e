import type { Debate, DebateNode, GlossaryEntry, NodeId } from './model';

/** Lower case without accents, so "refoulement" finds "Refoulement" and "pais" finds "País". */
export function foldForSearch(text: string): string {
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a Unicode form's name
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchableText(node: DebateNode): string {
  switch (node.type) {
    case 'actor':
      return [node.name, node.shortName ?? '', node.summary].join('\n');
    case 'issue':
      return [node.question, node.summary].join('\n');
    case 'position':
      return node.statement;
    case 'argument':
      return [node.claim, node.text ?? ''].join('\n');
  }
}

/** The names a reader would type for a node: its label, and an actor's full and short names. */
function namesOf(node: DebateNode): string[] {
  return node.type === 'actor' ? [node.label, node.name, node.shortName ?? ''] : [node.label];
}

/**
 * How well a name answers the query, best first: the name itself (0), the name's start
 * (1), every word starting a word of the name (2), every word inside the name (3).
 */
function nameRank(name: string, phrase: string, words: readonly string[]): number | null {
  if (!name) return null;
  if (name === phrase) return 0;
  if (name.startsWith(phrase)) return 1;
  const nameWords = name.split(/[^\p{L}\p{N}]+/u);
  if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) return 2;
  if (words.every((w) => name.includes(w))) return 3;
  return null;
}

/** Matches in names rank before matches elsewhere in a node's text. */
const ELSEWHERE = 4;

export interface RankedMatch<T> {
  readonly match: T;
  /** 0 (the name itself) to 4 (found only elsewhere in its text): lower is better. */
  readonly rank: number;
}

function queryWords(query: string): { phrase: string; words: string[] } {
  const phrase = foldForSearch(query).trim().replace(/\s+/g, ' ');
  return { phrase, words: phrase.split(' ').filter(Boolean) };
}

/**
 * The nodes whose names, statements or claims contain every word of the query, best
 * first: "taliban delegation" finds the actor of that name before the issue that
 * mentions it. Equal matches keep node order.
 */
export function rankNodes(debate: Debate, query: string): RankedMatch<NodeId>[] {
  const { phrase, words } = queryWords(query);
  if (!words.length) return [];
  const ranked: RankedMatch<NodeId>[] = [];
  for (const node of debate.nodes) {
    const ranks = namesOf(node)
      .map((name) => nameRank(foldForSearch(name), phrase, words))
      .filter((r) => r !== null);
    if (ranks.length) ranked.push({ match: node.id, rank: Math.min(...ranks) });
    else if (words.every((w) => foldForSearch(searchableText(node)).includes(w)))
      ranked.push({ match: node.id, rank: ELSEWHERE });
  }
  // Array.prototype.sort is stable: equal ranks stay in node order.
  return ranked.sort((a, b) => a.rank - b.rank);
}

export function searchNodes(debate: Debate, query: string): NodeId[] {
  return rankNodes(debate, query).map((r) => r.match);
}

/** The glossary entries whose term (or else definition) holds every word of the query, best first. */
export function rankGlossary(debate: Debate, query: string): RankedMatch<GlossaryEntry>[] {
  const { phrase, words } = queryWords(query);
  if (!words.length) return [];
  const ranked: RankedMatch<GlossaryEntry>[] = [];
  for (const entry of debate.glossary) {
    const rank = nameRank(foldForSearch(entry.term), phrase, words);
    if (rank !== null) ranked.push({ match: entry, rank });
    else if (words.every((w) => foldForSearch(entry.definition).includes(w)))
      ranked.push({ match: entry, rank: ELSEWHERE });
  }
  return ranked.sort((a, b) => a.rank - b.rank);
}

/**
 * Whether the query names a glossary term better than any node: Enter then opens the
 * term's definition instead of selecting a node ("non-refoulement" is a word to look up).
 */
export function termAnswersFirst(
  nodes: readonly RankedMatch<NodeId>[],
  terms: readonly RankedMatch<GlossaryEntry>[],
): boolean {
  const term = terms[0];
  return term !== undefined && term.rank <= 1 && term.rank < (nodes[0]?.rank ?? Infinity);
}
