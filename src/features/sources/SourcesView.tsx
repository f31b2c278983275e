// Where the debate's words come from, and what they mean: every source with its
// publisher, date and link (only when it has an address, which the loader guarantees is
// http: or https:), and what cites it; then the glossary, alphabetically, each term with
// an id to link to. Plain text only: data never becomes markup.
import { useId, useMemo } from 'react';
import {
  citationCount,
  citationsBySource,
  NO_CITATIONS,
  type Citations,
} from '../../domain/citations';
import { formatIsoDate } from '../../domain/date-format';
import { nodeOfType, sourcedEvidence } from '../../domain/lookups';
import { glossaryAnchorIds } from '../../domain/glossary-match';
import type { Debate, GlossaryEntry, NodeId, Source } from '../../domain/model';
import { eventsInOrder } from '../../domain/timeline';
import { groupBy } from '../../lib/group-by';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { EvidenceDetails } from '../../ui/EvidenceList';
import { GlossaryText } from '../../ui/GlossaryText';
import { SelectionStatus } from '../../ui/SelectionStatus';
import { StanceBadge } from '../../ui/StanceBadge';
import './sources.css';
import { DataText } from '../../ui/DataText';

export function SourcesView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useDrawnDebate(onDrawn);
  if (!debate) return null;
  return <Sources debate={debate} />;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function Sources({ debate }: { debate: Debate }) {
  const citations = useMemo(() => citationsBySource(debate), [debate]);
  const sourcesId = useId();
  const glossaryId = useId();
  return (
    <section className="sources" role="region" aria-label="Sources and glossary">
      <nav className="sources__jump" aria-label="On this page">
        <a href="#sources-list">Sources ({debate.sources.length})</a>
        <a href="#glossary-list">Glossary ({debate.glossary.length})</a>
      </nav>
      <SelectionNote debate={debate} />

      <section className="sources__part" aria-labelledby={sourcesId}>
        <h2 id={sourcesId} className="sources__heading">
          Sources
        </h2>
        <p className="sources__hint">
          Every quote in this debate comes from one of these. A source links out only when the
          dataset gives its address.
        </p>
        {debate.sources.length === 0 ? (
          <p className="sources__hint">This debate lists no sources.</p>
        ) : (
          <ol id="sources-list" className="source-list">
            {debate.sources.map((source) => (
              <SourceItem
                key={source.id}
                debate={debate}
                source={source}
                citations={citations.get(source.id) ?? NO_CITATIONS}
              />
            ))}
          </ol>
        )}
      </section>

      <section className="sources__part" aria-labelledby={glossaryId}>
        <h2 id={glossaryId} className="sources__heading">
          Glossary
        </h2>
        {debate.glossary.length === 0 ? (
          <p className="sources__hint">This debate has no glossary.</p>
        ) : (
          <Glossary debate={debate} />
        )}
      </section>
    </section>
  );
}

/** Says what is selected (announced), with a way to see it in the graph. */
function SelectionNote({ debate }: { debate: Debate }) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const node = selected ? debate.index.node.get(selected) : undefined;
  return (
    <SelectionStatus onShowInGraph={() => setView('graph')} onClear={() => select(null)}>
      {node && (
        <>
          Selected:{' '}
          <strong>
            <DataText>{node.label}</DataText>
          </strong>
          .
        </>
      )}
    </SelectionStatus>
  );
}

function SelectButton({ id, children }: { id: NodeId; children: string }) {
  const pressed = useAppStore((s) => s.selected === id);
  const select = useAppStore((s) => s.select);
  return (
    <button
      type="button"
      className="link-button"
      aria-pressed={pressed}
      onClick={() => select(pressed ? null : id)}
    >
      <DataText>{children}</DataText>
    </button>
  );
}

function SourceItem({
  debate,
  source,
  citations,
}: {
  debate: Debate;
  source: Source;
  citations: Citations;
}) {
  const language = debate.meta.language;
  const headingId = useId();
  const total = citationCount(citations);
  const parts = [
    [citations.stances.length, 'stance'],
    [citations.arguments.length, 'argument'],
    [citations.events.length, 'event'],
    [citations.glossary.length, 'glossary entry', 'glossary entries'],
  ] as const;
  return (
    <li className="source" id={`source-${source.id}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="source__title">
          {source.url ? (
            // The loader accepts only http: and https: addresses, so the link is safe to follow.
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <DataText>{source.title}</DataText>
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            source.title
          )}
        </h3>
        <dl className="source__facts">
          <div>
            <dt>Publisher</dt>
            <dd>{source.publisher ?? 'Not given'}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>
              {source.date ? (
                <time dateTime={source.date}>{formatIsoDate(source.date, language)}</time>
              ) : (
                'Not given'
              )}
            </dd>
          </div>
          <div>
            <dt>Link</dt>
            <dd>{source.url ? hostOf(source.url) : 'None given'}</dd>
          </div>
        </dl>
        <p className="source__cited">
          {total === 0
            ? 'Nothing in this debate quotes it.'
            : `Cited by ${parts
                .filter(([n]) => n > 0)
                .map(([n, one, many]) => plural(n, one, many))
                .join(', ')}.`}
        </p>
        {total > 0 && (
          <details className="source__citations">
            <summary>What cites it ({total})</summary>
            <CitationLists debate={debate} citations={citations} />
          </details>
        )}
      </article>
    </li>
  );
}

function CitationLists({ debate, citations }: { debate: Debate; citations: Citations }) {
  const language = debate.meta.language;
  const anchors = useMemo(() => glossaryAnchorIds(debate.glossary), [debate.glossary]);
  const setView = useAppStore((s) => s.setView);
  return (
    <div className="citations">
      {citations.stances.length > 0 && (
        <div>
          <h4>Stances</h4>
          <ul>
            {[...groupBy(citations.stances, (s) => s.position)].map(([positionId, stances]) => {
              const position = nodeOfType(debate, positionId, 'position');
              return (
                <li key={positionId} className="citation">
                  {position && <SelectButton id={position.id}>{position.statement}</SelectButton>}
                  <ul className="citation__holders">
                    {stances.map((stance) => {
                      const actor = nodeOfType(debate, stance.actor, 'actor');
                      return (
                        <li key={stance.actor}>
                          {actor && <SelectButton id={actor.id}>{actor.name}</SelectButton>}{' '}
                          <StanceBadge value={stance.stance} />
                        </li>
                      );
                    })}
                  </ul>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {citations.arguments.length > 0 && (
        <div>
          <h4>Arguments</h4>
          <ul>
            {citations.arguments.map((argument) => (
              <li key={argument.id} className="citation">
                <SelectButton id={argument.id}>{argument.claim}</SelectButton>
              </li>
            ))}
          </ul>
        </div>
      )}
      {citations.events.length > 0 && (
        <div>
          <h4>Events</h4>
          <ul>
            {eventsInOrder(citations.events).map((event) => (
              <li key={event.id} className="citation">
                <time dateTime={event.date}>{formatIsoDate(event.date, language)}</time>:{' '}
                <button
                  type="button"
                  className="link-button"
                  title="Open the timeline"
                  onClick={() => setView('timeline')}
                >
                  <DataText>{event.title}</DataText>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {citations.glossary.length > 0 && (
        <div>
          <h4>Glossary</h4>
          <ul>
            {citations.glossary.map((entry) => (
              <li key={entry.term} className="citation">
                <a href={`#${anchors[debate.glossary.indexOf(entry)] ?? ''}`}>
                  <DataText>{entry.term}</DataText>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Glossary({ debate }: { debate: Debate }) {
  const language = debate.meta.language;
  const entries = useMemo(() => {
    const anchors = glossaryAnchorIds(debate.glossary);
    let collator: Intl.Collator;
    try {
      collator = new Intl.Collator(language, { sensitivity: 'base' });
    } catch {
      collator = new Intl.Collator('en', { sensitivity: 'base' });
    }
    return debate.glossary
      .map((entry, i) => ({ entry, anchor: anchors[i] ?? `glossary-${i}` }))
      .sort((a, b) => collator.compare(a.entry.term, b.entry.term));
  }, [debate.glossary, language]);
  return (
    <dl id="glossary-list" className="glossary-list">
      {entries.map(({ entry, anchor }) => (
        <GlossaryItem key={anchor} debate={debate} entry={entry} anchor={anchor} />
      ))}
    </dl>
  );
}

function GlossaryItem({
  debate,
  entry,
  anchor,
}: {
  debate: Debate;
  entry: GlossaryEntry;
  anchor: string;
}) {
  const evidence = sourcedEvidence(debate, entry.evidence);
  return (
    <div id={anchor} className="glossary-entry">
      <dt className="glossary-entry__term">
        <dfn>
          <DataText>{entry.term}</DataText>
        </dfn>
      </dt>
      <dd className="glossary-entry__definition">
        <p>
          <GlossaryText
            text={entry.definition}
            glossary={debate.glossary}
            language={debate.meta.language}
            exclude={entry.term}
          />
        </p>
        <EvidenceDetails evidence={evidence} className="glossary-entry__evidence" />
      </dd>
    </div>
  );
}
