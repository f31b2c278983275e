import { selectSearchMatches } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { MAX_QUERY } from '../../store/url-state';

/** Searches names, statements and claims; matches light up in the graph, Enter selects the first. */
export function SearchBox() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const select = useAppStore((s) => s.select);
  const matches = useAppStore(selectSearchMatches);
  return (
    <div className="search" role="search">
      <input
        type="search"
        className="search__input"
        aria-label="Search the debate"
        aria-describedby="search-count"
        placeholder="Search actors, positions, arguments…"
        value={query}
        maxLength={MAX_QUERY}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            const first = matches.ordered[0];
            if (first) select(first);
          } else if (e.key === 'Escape' && query) {
            e.stopPropagation();
            setQuery('');
          }
        }}
      />
      <span id="search-count" className="search__count" aria-live="polite">
        {query.trim()
          ? `${matches.ordered.length} match${matches.ordered.length === 1 ? '' : 'es'}`
          : ''}
      </span>
    </div>
  );
}
