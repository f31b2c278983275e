// A link of megabytes (a pasted text in q=, thousands of repeated ids in compare=) makes
// the browser carry the whole address through every request and history entry the app
// makes. Before anything else runs, such an address is cut to what the app would read
// from it anyway: the search capped, repeated compared ids dropped.
import {
  COMPARE_REPEATS,
  MAX_QUERY,
  QUERY_CUT,
  cappedQuery,
  ignoredPartWarning,
  ignoredWarning,
} from './url-state';

/** Above this length a query string is trimmed at start-up; ordinary links are far shorter. */
export const LONG_ADDRESS = 2_000;

export interface TrimmedAddress {
  /** The query string to use instead, with its "?" (or "" when nothing is left). */
  readonly search: string;
  /** One warning per trimmed parameter, as the state reader would have given. */
  readonly warnings: readonly string[];
}

/**
 * The most a search's first MAX_QUERY characters take in a link: a code point is at most
 * four UTF-8 bytes, each written %XX. A value's start decodes the same whatever follows it.
 */
const QUERY_RAW = MAX_QUERY * 12;

/**
 * `search` cut raw, before anything decodes it: its q= value to what can hold the search's
 * first characters (and one more, so that a cut search still reads as too long and is
 * warned about), and its first compare= list without repeated ids (ids that read the same
 * only once decoded are left to the decoded pass). Decoding a whole megabyte
 * (URLSearchParams) took about 50 ms of CPU for characters never read, and 30–70 ms for
 * 8,000 copies of one compared id. `compareEcho` is the decoded start of the compare= list
 * as the link gave it, when repeats were dropped, for the warning.
 */
function cutRaw(search: string): { search: string; compareEcho: string | null } {
  let compareEcho: string | null = null;
  let compareSeen = false;
  const parts = search.split('&').map((part) => {
    const at = part.indexOf('=') + 1;
    if (/^\??q=/.test(part)) return part.slice(0, at + QUERY_RAW + 1);
    if (compareSeen || !/^\??compare=/.test(part)) return part;
    compareSeen = true;
    const listed = part.slice(at).split(',');
    const seen = new Set<string>();
    // Empty ids are kept, as the decoded pass keeps them when nothing repeats.
    const kept = listed.filter((id) => !id || (!seen.has(id) && seen.add(id)));
    if (kept.length === listed.length) return part;
    compareEcho = new URLSearchParams(part.slice(0, at + QUERY_RAW)).get('compare');
    return part.slice(0, at) + kept.join(',');
  });
  return { search: parts.join('&'), compareEcho };
}

/** The address's query string trimmed, or null when it is short enough to read as it is. */
export function trimLongAddress(search: string): TrimmedAddress | null {
  if (search.length <= LONG_ADDRESS) return null;
  const cut = cutRaw(search);
  const params = new URLSearchParams(cut.search);
  const warnings: string[] = [];
  const query = params.get('q');
  if (query !== null && cappedQuery(query) !== query) {
    warnings.push(ignoredWarning('q', query, QUERY_CUT));
    params.set('q', cappedQuery(query));
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const listed = compare.split(',').filter(Boolean);
    const ids = [...new Set(listed)];
    if (cut.compareEcho !== null || ids.length < listed.length) {
      warnings.push(ignoredPartWarning('compare', cut.compareEcho ?? compare, COMPARE_REPEATS));
      params.set('compare', ids.join(','));
    }
  }
  const text = params.toString().replace(/%2C/gi, ',');
  return { search: text ? `?${text}` : '', warnings };
}
