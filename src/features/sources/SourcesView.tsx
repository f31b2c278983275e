// Where the debate's words come from, and what they mean: every source with its
// publisher, date and link (only when it has an address, which the loader guarantees is
// http: or https:), and what cites it; then the glossary, alphabetically, each term with
// an id to link to. Plain text only: data never becomes markup.
import { useId, useMemo, type ReactNode } from 'react';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
import { formatList } from '../../lib/intl';
import { useAppStore } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { EvidenceDetails } from '../../ui/EvidenceList';
import { DebateGlossaryText } from '../../ui/GlossaryText';
import { SelectionStatus } from '../../ui/SelectionStatus';
import { StanceBadge } from '../../ui/StanceBadge';
import './sources.css';
import { DataText } from '../../ui/DataText';
import { ExternalLink } from '../../ui/ExternalLink';

/** A link's site, as a reader recognises it (example.org). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function SourcesView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useDrawnDebate(onDrawn);
  if (!debate) return null;
  return <Sources debate={debate} />;
}

function Sources({ debate }: { debate: Debate }) {
  const { t } = useLingui();
  const citations = useMemo(() => citationsBySource(debate), [debate]);
  const sourcesId = useId();
  const glossaryId = useId();
  const sources = debate.sources.length;
  const terms = debate.glossary.length;
  return (
    <section className="view-scroll sources" role="region" aria-label={t`Sources and glossary`}>
      <nav className="sources__jump" aria-label={t`On this page`}>
        <a href="#sources-list">
          <Trans>Sources ({sources})</Trans>
        </a>
        <a href="#glossary-list">
          <Trans>Glossary ({terms})</Trans>
        </a>
      </nav>
      <SelectionNote debate={debate} />

      <section className="sources__part" aria-labelledby={sourcesId}>
        <h2 id={sourcesId} className="sources__heading">
          <Trans>Sources</Trans>
        </h2>
        <p className="sources__hint">
          <Trans>
            Every quote in this debate comes from one of these. A source links out only when the
            dataset gives its address.
          </Trans>
        </p>
        {debate.sources.length === 0 ? (
          <p className="sources__hint">
            <Trans>This debate lists no sources.</Trans>
          </p>
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
          <Trans>Glossary</Trans>
        </h2>
        {debate.glossary.length === 0 ? (
          <p className="sources__hint">
            <Trans>This debate has no glossary.</Trans>
          </p>
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
  const label = node?.label;
  return (
    <SelectionStatus onShowInGraph={() => setView('graph')} onClear={() => select(null)}>
      {label !== undefined && (
        <Trans>
          Selected:{' '}
          <strong>
            <DataText>{label}</DataText>
          </strong>
          .
        </Trans>
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
  const { t, i18n } = useLingui();
  const language = i18n.locale;
  const headingId = useId();
  const total = citationCount(citations);
  const stances = citations.stances.length;
  const args = citations.arguments.length;
  const events = citations.events.length;
  const entries = citations.glossary.length;
  const parts = [
    stances > 0 && plural(stances, { one: '# stance', other: '# stances' }),
    args > 0 && plural(args, { one: '# argument', other: '# arguments' }),
    events > 0 && plural(events, { one: '# event', other: '# events' }),
    entries > 0 && plural(entries, { one: '# glossary entry', other: '# glossary entries' }),
  ].filter((part) => part !== false);
  const citedBy = formatList(language, parts);
  return (
    <li className="card source" id={`source-${source.id}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="source__title">
          {source.url ? (
            <ExternalLink href={source.url}>
              <DataText>{source.title}</DataText>
            </ExternalLink>
          ) : (
            source.title
          )}
        </h3>
        <dl className="source__facts">
          <Fact term={t`Publisher`}>{source.publisher ?? t`Not given`}</Fact>
          <Fact term={t`Date`}>
            {source.date ? (
              <time dateTime={source.date}>{formatIsoDate(source.date, language)}</time>
            ) : (
              t`Not given`
            )}
          </Fact>
          <Fact term={t`Link`}>{source.url ? hostOf(source.url) : t`None given`}</Fact>
        </dl>
        <p className="source__cited">
          {total === 0 ? t`Nothing in this debate quotes it.` : t`Cited by ${citedBy}.`}
        </p>
        {total > 0 && (
          <details className="source__citations">
            <summary>
              <Trans>What cites it ({total})</Trans>
            </summary>
            <CitationLists debate={debate} citations={citations} />
          </details>
        )}
      </article>
    </li>
  );
}

/** One fact about a source: a term and its value, in the source's list of facts. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function CitationLists({ debate, citations }: { debate: Debate; citations: Citations }) {
  const { t, i18n } = useLingui();
  const language = i18n.locale;
  const anchors = useMemo(() => glossaryAnchorIds(debate.glossary), [debate.glossary]);
  const setView = useAppStore((s) => s.setView);
  return (
    <div className="citations">
      <CitationGroup
        heading={t`Stances`}
        items={[...groupBy(citations.stances, (s) => s.position)]}
        keyOf={([positionId]) => positionId}
      >
        {([positionId, stances]) => {
          const position = nodeOfType(debate, positionId, 'position');
          return (
            <>
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
            </>
          );
        }}
      </CitationGroup>
      <CitationGroup heading={t`Arguments`} items={citations.arguments} keyOf={(x) => x.id}>
        {(argument) => <SelectButton id={argument.id}>{argument.claim}</SelectButton>}
      </CitationGroup>
      <CitationGroup
        heading={t`Events`}
        items={eventsInOrder(citations.events)}
        keyOf={(x) => x.id}
      >
        {(event) => (
          <>
            <time dateTime={event.date}>{formatIsoDate(event.date, language)}</time>:{' '}
            <button
              type="button"
              className="link-button"
              title={t`Open the timeline`}
              onClick={() => setView('timeline')}
            >
              <DataText>{event.title}</DataText>
            </button>
          </>
        )}
      </CitationGroup>
      <CitationGroup heading={t`Glossary`} items={citations.glossary} keyOf={(x) => x.term}>
        {(entry) => (
          <a href={`#${anchors[debate.glossary.indexOf(entry)] ?? ''}`}>
            <DataText>{entry.term}</DataText>
          </a>
        )}
      </CitationGroup>
    </div>
  );
}

/** One kind of citing item, under its heading; nothing where none cites the source. */
function CitationGroup<T>({
  heading,
  items,
  keyOf,
  children,
}: {
  heading: ReactNode;
  items: readonly T[];
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4>{heading}</h4>
      <ul>
        {items.map((item) => (
          <li key={keyOf(item)} className="citation">
            {children(item)}
          </li>
        ))}
      </ul>
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
    <div id={anchor} className="card glossary-entry">
      <dt className="glossary-entry__term">
        <dfn>
          <DataText>{entry.term}</DataText>
        </dfn>
      </dt>
      <dd className="glossary-entry__definition">
        <p>
          <DebateGlossaryText text={entry.definition} debate={debate} exclude={entry.term} />
        </p>
        <EvidenceDetails evidence={evidence} className="glossary-entry__evidence" />
      </dd>
    </div>
  );
}
