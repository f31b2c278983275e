// What the side panel shows when nothing is selected: what this debate is, how to
// read the picture, and search matches when there is a search.
import type { ReactNode } from 'react';
import { Plural, Trans } from '@lingui/react/macro';
import { NODE_TYPE_NAMES } from '../../domain/node-types';
import { Legend } from '../../graph/svg/Legend';
import { selectSearchMatches } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { GlossaryTextLater } from '../../ui/GlossaryTextLater';
import { DataText } from '../../ui/DataText';
import { shortened } from '../../lib/shorten';

/** How much of the search its heading repeats. */
const ECHOED_QUERY = 60;

function Matches() {
  const debate = useAppStore((s) => s.debate);
  const query = useAppStore((s) => s.query);
  const matches = useAppStore(selectSearchMatches);
  const select = useAppStore((s) => s.select);
  if (!query.trim() || !debate) return null;
  const count = matches.ordered.length;
  const echoed = <DataText>{shortened(query, ECHOED_QUERY)}</DataText>;
  // The terms come first when they answer the query as well as any node, as Enter does.
  const terms = matches.terms.length > 0 && (
    <div className="intro__terms">
      <h3>
        <Trans>In the glossary</Trans>
      </h3>
      {matches.terms.map(({ match: entry }, i) => (
        <details
          key={entry.term}
          className="intro__term"
          // The best term opens by itself when it is the first answer, as Enter opens it.
          open={i === 0 && matches.termFirst}
        >
          <summary>{entry.term}</summary>
          <p>{entry.definition}</p>
        </details>
      ))}
    </div>
  );
  return (
    <section aria-labelledby="matches-title" className="intro__matches">
      <h2 id="matches-title">
        {count === 0 ? (
          <Trans>No match for “{echoed}”</Trans>
        ) : (
          <Trans>
            <Plural value={count} one="# match" other="# matches" /> for “{echoed}”
          </Trans>
        )}
      </h2>
      {matches.termFirst && terms}
      <ul className="intro__match-list">
        {matches.ordered.slice(0, 50).map((id) => {
          const node = debate.index.node.get(id);
          return node ? (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => select(id)}>
                <DataText>{node.label}</DataText>
              </button>{' '}
              <span className="tag">{NODE_TYPE_NAMES[node.type].name}</span>
            </li>
          ) : null;
        })}
      </ul>
      {!matches.termFirst && terms}
    </section>
  );
}

export function DebateIntro() {
  const debate = useAppStore((s) => s.debate);
  if (!debate) return null;
  return (
    <div className="intro">
      <Matches />
      <section aria-labelledby="intro-title">
        <h2 id="intro-title">
          <Trans>About this debate</Trans>
        </h2>
        {/* The short summary first, when there is one; the full one is a click away. */}
        <p>
          <GlossaryTextLater
            text={debate.meta.shortSummary ?? debate.meta.summary}
            glossary={debate.glossary}
            language={debate.meta.language}
          />
        </p>
        {debate.meta.shortSummary && (
          <details className="intro__notes">
            <summary>
              <Trans>Read the full summary</Trans>
            </summary>
            <p>
              <GlossaryTextLater
                text={debate.meta.summary}
                glossary={debate.glossary}
                language={debate.meta.language}
              />
            </p>
          </details>
        )}
        {debate.meta.method && (
          <IntroNote title={<Trans>How this debate was built</Trans>} text={debate.meta.method} />
        )}
        {debate.meta.notes && (
          <IntroNote title={<Trans>What the sources leave out</Trans>} text={debate.meta.notes} />
        )}
        <p className="intro__hint">
          <Trans>
            Select any shape to see who holds what and why. Issues are the questions; positions
            answer them; actors take stances; arguments support or attack. Press <kbd>?</kbd> for
            keyboard shortcuts.
          </Trans>
        </p>
      </section>
      <section aria-labelledby="legend-title" className="intro__legend">
        <h2 id="legend-title">
          <Trans>Legend</Trans>
        </h2>
        <Legend />
      </section>
    </div>
  );
}

/** A note about the debate itself (its method, its gaps), folded until asked for. */
function IntroNote({ title, text }: { title: ReactNode; text: string }) {
  return (
    <details className="intro__notes">
      <summary>{title}</summary>
      <p>{text}</p>
    </details>
  );
}
