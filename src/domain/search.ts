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

/** A name folded once, with its words, so each keystroke only compares strings. */
interface FoldedName {
  readonly name: string;
  readonly words: readonly string[];
}

function foldName(name: string): FoldedName {
  const folded = foldForSearch(name);
  return { name: folded, words: folded.split(/[^\p{L}\p{N}]+/u) };
}

/**
 * How well a name answers the query, best first: the name itself (0), the name's start
 * (1), every word starting a word of the name (2), every word inside the name (3).
 */
function nameRank(
  { name, words: nameWords }: FoldedName,
  phrase: string,
  words: readonly string[],
): number | null {
  if (!name) return null;
  if (name === phrase) return 0;
  if (name.startsWith(phrase)) return 1;
  if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) return 2;
  if (words.every((w) => name.includes(w))) return 3;
  return null;
}

/** A node as the search reads it; its whole text is folded the first time a query needs it. */
interface SearchEntry {
  readonly node: DebateNode;
  readonly names: readonly FoldedName[];
  text?: string;
}

/** A debate's search index, built at its first search or ahead of it (prepareSearch). */
interface SearchIndex {
  /** One per node, in node order; complete once as long as the debate's nodes. */
  readonly entries: SearchEntry[];
  /** How many entries have their whole text folded too. */
  texts: number;
}

/**
 * Each debate's search index, kept while the debate is: folding every name and text
 * again on each keystroke cost most of a search's time in a debate of thousands of
 * nodes. A debate never changes (a new language is a new one).
 */
const indexes = new WeakMap<Debate, SearchIndex>();

function indexOf(debate: Debate): SearchIndex {
  let index = indexes.get(debate);
  if (!index) {
    index = { entries: [], texts: 0 };
    indexes.set(debate, index);
  }
  return index;
}

function addEntry(debate: Debate, entries: SearchEntry[]): void {
  const node = debate.nodes[entries.length] as DebateNode;
  entries.push({ node, names: namesOf(node).map(foldName) });
}

function searchIndex(debate: Debate): readonly SearchEntry[] {
  const { entries } = indexOf(debate);
  while (entries.length < debate.nodes.length) addEntry(debate, entries);
  return entries;
}

/**
 * Builds a debate's search index ahead of its first search, a few nodes at a time while
 * `more()` says there is time (an idle callback's deadline): in a debate of 20,000 nodes
 * the first letter typed would otherwise wait seconds for every name and text to be
 * folded. True once the whole index is built.
 */
export function prepareSearch(debate: Debate, more: () => boolean): boolean {
  const index = indexOf(debate);
  const { entries } = index;
  while (entries.length < debate.nodes.length) {
    if (!more()) return false;
    addEntry(debate, entries);
  }
  while (index.texts < entries.length) {
    if (!more()) return false;
    const entry = entries[index.texts] as SearchEntry;
    entry.text ??= foldForSearch(searchableText(entry.node));
    index.texts += 1;
  }
  return true;
}

/**
 * Each debate's last search: its folded phrase and the entries it found, in node order.
 * A node that answers a query answers every query it extends (each word is then a part
 * of a longer word, or the same), so the next letter typed searches only these.
 */
const lastSearches = new WeakMap<
  Debate,
  { readonly phrase: string; readonly found: readonly SearchEntry[] }
>();

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
  const last = lastSearches.get(debate);
  const candidates = last && phrase.startsWith(last.phrase) ? last.found : searchIndex(debate);
  const ranked: RankedMatch<NodeId>[] = [];
  const found: SearchEntry[] = [];
  for (const entry of candidates) {
    let best: number | null = null;
    for (const name of entry.names) {
      const rank = nameRank(name, phrase, words);
      if (rank !== null && (best === null || rank < best)) best = rank;
    }
    if (best === null) {
      entry.text ??= foldForSearch(searchableText(entry.node));
      const text = entry.text;
      if (words.every((w) => text.includes(w))) best = ELSEWHERE;
    }
    if (best === null) continue;
    ranked.push({ match: entry.node.id, rank: best });
    found.push(entry);
  }
  lastSearches.set(debate, { phrase, found });
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
    const rank = nameRank(foldName(entry.term), phrase, words);
    if (rank !== null) ranked.push({ match: entry, rank });
    else if (words.every((w) => foldForSearch(entry.definition).includes(w)))
      ranked.push({ match: entry, rank: ELSEWHERE });
  }
  return ranked.sort((a, b) => a.rank - b.rank);
}

/**
 * Whether the best glossary term answers the query at least as well as any node: the
 * list of matches then shows the terms first, and Enter opens the first term's
 * definition instead of selecting a node ("refoulement" is a word to look up). One
 * ranking for both, so Enter always picks the first item the list shows.
 */
export function termAnswersFirst(
  nodes: readonly RankedMatch<NodeId>[],
  terms: readonly RankedMatch<GlossaryEntry>[],
): boolean {
  const term = terms[0];
  return term !== undefined && term.rank <= (nodes[0]?.rank ?? Infinity);
}
