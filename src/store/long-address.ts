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
 * `search` with its raw q= value cut to what can hold the search's first characters (and
 * one more, so that a cut search still reads as too long and is warned about). Decoding a
 * whole megabyte (URLSearchParams) took about 50 ms of CPU for characters never read.
 */
function cutRawQuery(search: string): string {
  return search
    .split('&')
    .map((part) =>
      /^\??q=/.test(part) ? part.slice(0, part.indexOf('=') + 1 + QUERY_RAW + 1) : part,
    )
    .join('&');
}

/** The address's query string trimmed, or null when it is short enough to read as it is. */
export function trimLongAddress(search: string): TrimmedAddress | null {
  if (search.length <= LONG_ADDRESS) return null;
  const params = new URLSearchParams(cutRawQuery(search));
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
    if (ids.length < listed.length) {
      warnings.push(ignoredPartWarning('compare', compare, COMPARE_REPEATS));
      params.set('compare', ids.join(','));
    }
  }
  const text = params.toString().replace(/%2C/gi, ',');
  return { search: text ? `?${text}` : '', warnings };
}
