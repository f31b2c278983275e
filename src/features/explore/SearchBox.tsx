import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { selectSearchMatches } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { MAX_QUERY } from '../../store/url-state';

/**
 * Searches names, statements, claims and the glossary; matches light up in the graph.
 * Enter picks the first item of the list of matches: the best node, or, when the query
 * names a glossary term at least as well as any node, the term's definition (listed first).
 */
export function SearchBox() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const matches = useAppStore(selectSearchMatches);
  const { t } = useLingui();
  const found = matches.ordered.length;
  const terms = matches.terms.length;
  return (
    <div className="search" role="search">
      <input
        type="search"
        className="search__input"
        aria-label={t`Search the debate`}
        aria-describedby="search-count"
        placeholder={t`Search actors, positions, arguments…`}
        value={query}
        maxLength={MAX_QUERY}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            const first = matches.ordered[0];
            if (matches.termFirst) {
              select(null);
              setView('graph');
            } else if (first) select(first);
          } else if (e.key === 'Escape' && query) {
            e.stopPropagation();
            setQuery('');
          }
        }}
      />
      <span id="search-count" className="search__count" aria-live="polite">
        {query.trim()
          ? terms
            ? t`${plural(found, { one: '# match', other: '# matches' })} · ${plural(terms, {
                one: '# term',
                other: '# terms',
              })}`
            : plural(found, { one: '# match', other: '# matches' })
          : ''}
      </span>
    </div>
  );
}
