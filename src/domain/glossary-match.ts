// Finds glossary terms in plain text, so that the UI can explain them in place. The
// result is a list of text pieces, never markup: the caller turns each piece into a
// React node, and the text stays text.
//
// How a term matches:
// - case-insensitively, as a whole word: no letter, digit, _ or - may touch it on either side;
// - a trailing gloss in brackets is optional: "Return (deportation)" also matches "return",
//   and "One-day visa (limited to Belgium)" matches "one-day visa";
// - any run of spaces in a term matches any run of white space, and ' matches ’;
// - in English (the debate's language starts with "en"), a plural of the last word
//   matches too: "security risks", "one-day visas", "authorities" for "authority";
// - where two terms could match at the same place, the longest wins ("Return hubs" over
//   "Return"); matches never overlap;
// - by default only the first occurrence of each term in a text is marked;
// - an entry may list its own written forms (`match`), which replace the term and its
//   bracket-less form, and phrases to leave alone (`skip`): "return" is explained, but
//   not inside "return to power". A skip phrase is an alternative like any other (so the
//   longest still wins), whose match is left as plain text, terms inside it included.
//
// One RegExp is compiled per glossary and language, and remembered while the glossary
// array lives (a WeakMap), so marking many texts costs one scan each.

/** Only `term`, `match` and `skip` are read; any glossary entry fits. */
export interface GlossaryTerm {
  readonly term: string;
  /** The forms to mark instead of the term itself. */
  readonly match?: readonly string[];
  /** Phrases in which a form is not this term, left unmarked. */
  readonly skip?: readonly string[];
}

export interface GlossaryMatcher {
  /** null when the glossary has no usable term. Global and sticky-free; use with matchAll. */
  readonly pattern: RegExp | null;
  /** For capture group i + 1, the index of its entry in the glossary; SKIP for a skip phrase. */
  readonly entryOfGroup: readonly number[];
}

export type TextPiece =
  | { readonly text: string; readonly entry?: undefined }
  | { readonly text: string; readonly entry: number };

// Letters, digits, combining marks, and the joiners of compound words: "return" is not
// a whole word inside "return-hub".
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_\\-]';

/** The entry number of a skip phrase: matched so that nothing inside it is marked. */
export const SKIP = -1;

function escapeRegExp(text: string): string {
  // Only syntax characters: in a 'u' RegExp, escaping anything else (such as -) is an error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const tidy = (form: string) => form.trim().replace(/\s+/g, ' ');

/** The written forms a term may take: itself and, if it ends in a bracketed gloss, the rest. */
export function termForms(term: string): string[] {
  const full = tidy(term);
  const forms = [full];
  const base = full.replace(/\s*\([^()]*\)$/, '').trim();
  if (base && base !== full) forms.push(base);
  return forms.filter(Boolean);
}

/** The forms an entry marks: its `match` list when it has a non-empty one, else termForms. */
export function entryForms(entry: GlossaryTerm): string[] {
  const listed = (entry.match ?? []).map(tidy).filter(Boolean);
  return listed.length > 0 ? listed : termForms(entry.term);
}

function formPattern(form: string, english: boolean): string {
  const parts = form.split(' ').map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"));
  if (english) {
    const last = parts.length - 1;
    const word = parts[last] ?? '';
    // A plural for the last word: -y to -ies after a consonant, otherwise -s or -es.
    // eslint-disable-next-line lingui/no-unlocalized-strings -- regular expression source
    parts[last] = /[^aeiou]y$/i.test(word) ? `${word.slice(0, -1)}(?:y|ies)` : `${word}(?:e?s)?`;
  }
  // eslint-disable-next-line lingui/no-unlocalized-strings -- regular expression source
  return parts.join('\\s+');
}

export function compileGlossary(
  glossary: readonly GlossaryTerm[],
  language = 'en',
): GlossaryMatcher {
  const english = /^en\b/i.test(language);
  const seen = new Set<string>();
  const alternatives: { form: string; entry: number }[] = [];
  glossary.forEach((item, entry) => {
    for (const form of entryForms(item)) {
      const key = form.toLocaleLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      alternatives.push({ form, entry });
    }
  });
  // Skip phrases last, so that a term written exactly like a skip phrase still wins.
  for (const item of glossary) {
    for (const form of (item.skip ?? []).map(tidy).filter(Boolean)) {
      const key = form.toLocaleLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      alternatives.push({ form, entry: SKIP });
    }
  }
  if (!alternatives.some((a) => a.entry !== SKIP)) return { pattern: null, entryOfGroup: [] };
  // Longest first, so that at any one place the longest term wins the alternation.
  // Stable sort: among equally long forms, terms (in glossary order) stay before skip phrases.
  alternatives.sort((a, b) => b.form.length - a.form.length);
  const body = alternatives.map((a) => `(${formPattern(a.form, english)})`).join('|');
  return {
    pattern: new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'giu'),
    entryOfGroup: alternatives.map((a) => a.entry),
  };
}

const compiled = new WeakMap<readonly GlossaryTerm[], Map<string, GlossaryMatcher>>();

/** compileGlossary, remembered per glossary array and language. */
export function glossaryMatcher(
  glossary: readonly GlossaryTerm[],
  language = 'en',
): GlossaryMatcher {
  let byLanguage = compiled.get(glossary);
  if (!byLanguage) {
    byLanguage = new Map();
    compiled.set(glossary, byLanguage);
  }
  let matcher = byLanguage.get(language);
  if (!matcher) {
    matcher = compileGlossary(glossary, language);
    byLanguage.set(language, matcher);
  }
  return matcher;
}

export interface SplitOptions {
  /** Entries never marked, e.g. the term whose own definition is being shown. */
  readonly exclude?: ReadonlySet<number>;
  /** Mark every occurrence, not only the first of each term. */
  readonly everyOccurrence?: boolean;
}

/** The text cut into plain pieces and glossary terms; joined, the pieces give the text back. */
export function splitByGlossary(
  text: string,
  matcher: GlossaryMatcher,
  options: SplitOptions = {},
): TextPiece[] {
  if (!matcher.pattern || !text) return text ? [{ text }] : [];
  const pieces: TextPiece[] = [];
  const marked = new Set<number>();
  let from = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    const entry = matcher.entryOfGroup[group - 1];
    // A skip phrase is consumed by the scan, and so hides any term inside it, but stays plain.
    if (entry === undefined || entry === SKIP || options.exclude?.has(entry)) continue;
    if (!options.everyOccurrence && marked.has(entry)) continue;
    marked.add(entry);
    const start = match.index;
    if (start > from) pieces.push({ text: text.slice(from, start) });
    pieces.push({ text: match[0], entry });
    from = start + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}

const splits = new WeakMap<GlossaryMatcher, Map<string, readonly TextPiece[]>>();

/**
 * splitByGlossary marking first occurrences, remembered per matcher, text and excluded
 * entry: the Details panel shows the same summaries and quotes again and again as the
 * reader clicks about, and running the glossary's RegExp over each of them every time
 * cost a click 57–105 ms. The pieces are shared: never change them.
 */
export function glossaryPieces(
  text: string,
  matcher: GlossaryMatcher,
  exclude?: number,
): readonly TextPiece[] {
  let byText = splits.get(matcher);
  if (!byText) {
    byText = new Map();
    splits.set(matcher, byText);
  }
  const key = `${exclude ?? ''}|${text}`;
  let pieces = byText.get(key);
  if (!pieces) {
    pieces = splitByGlossary(text, matcher, {
      exclude: exclude === undefined ? undefined : new Set([exclude]),
    });
    byText.set(key, pieces);
  }
  return pieces;
}

/**
 * An id per glossary entry, in glossary order, for links to the term: `glossary-` and the
 * term in lower case with every run of other characters as one hyphen; repeats get -2, -3.
 */
export function glossaryAnchorIds(glossary: readonly GlossaryTerm[]): string[] {
  const used = new Set<string>();
  return glossary.map(({ term }) => {
    const slug =
      term
        .toLocaleLowerCase()
        // eslint-disable-next-line lingui/no-unlocalized-strings -- a Unicode form's name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'term';
    let id = `glossary-${slug}`;
    for (let n = 2; used.has(id); n++) id = `glossary-${slug}-${n}`;
    used.add(id);
    return id;
  });
}
