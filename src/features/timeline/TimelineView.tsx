// The debate in time: its events in date order, each date shown only as precisely as the
// dataset gives it, with the actors involved and the evidence. An "as of" slider steps
// through the event dates and sets `at` (the link's `at=`): what came after that date
// stays on the page, greyed under "After <date>", so students see what came next.
// dates.ts defines the order and what "later" means.
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useId, useMemo, useRef } from 'react';
import { formatIsoDate } from '../../domain/date-format';
import { isAfter, mayBeAfter } from '../../domain/dates';
import { nodeOfType, sourcedEvidence } from '../../domain/lookups';
import type { ActorNode, Debate, DebateEvent } from '../../domain/model';
import { eventDates, splitAsOf } from '../../domain/timeline';
import { useAppStore } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { EvidenceDetails } from '../../ui/EvidenceList';
import { DebateGlossaryText } from '../../ui/GlossaryText';
import { SelectionStatus } from '../../ui/SelectionStatus';
import './timeline.css';
import { DataText } from '../../ui/DataText';

export function TimelineView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useDrawnDebate(onDrawn);
  if (!debate) return null;
  return <Timeline debate={debate} />;
}

function Timeline({ debate }: { debate: Debate }) {
  const at = useAppStore((s) => s.at);
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const { earlier, later } = useMemo(() => splitAsOf(debate.events, at), [debate.events, at]);
  const selectedActor = selected ? nodeOfType(debate, selected, 'actor') : null;
  const laterId = useId();
  const { t, i18n } = useLingui();
  // Dates in the reader's language (Gregorian always: lib/intl.ts).
  const language = i18n.locale;
  const count = debate.events.length;
  const laterCount = later.length;
  const date = at ? formatIsoDate(at, language) : '';

  // Opened with an actor selected (a tour step, a link), the view brings that actor's
  // first event into sight: a tour step about Belgium's visas showed events of 2021.
  // Only on opening, so a name pressed later does not move the page away from it.
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    root.current?.querySelector('[data-selected]')?.scrollIntoView?.({ block: 'center' });
  }, []);

  return (
    <section ref={root} className="view-scroll timeline" role="region" aria-label={t`Timeline`}>
      <div className="timeline__bar">
        <div className="timeline__intro">
          <h2 className="timeline__title">
            <Trans>Timeline</Trans>
          </h2>
          <p className="timeline__hint">
            {t`${plural(count, { one: '# event', other: '# events' })} in date order. Each date is shown as precisely as the sources give it: a month-only date stays a month.`}
          </p>
        </div>
        {debate.events.length > 0 && <AsOfControl debate={debate} />}
      </div>

      <SelectionStatus onShowInGraph={() => setView('graph')} onClear={() => select(null)}>
        {selectedActor && (
          <Trans>
            Highlighted: the events of{' '}
            <strong>
              <DataText>{selectedActor.name}</DataText>
            </strong>
            .
          </Trans>
        )}
      </SelectionStatus>

      {debate.events.length === 0 ? (
        <p className="timeline__empty">
          <Trans>This debate has no dated events.</Trans>
        </p>
      ) : (
        <ol className="timeline__list" aria-label={at ? t`Up to ${date}` : t`Events`}>
          {earlier.map((event) => (
            <EventItem key={event.id} debate={debate} event={event} at={at} later={false} />
          ))}
        </ol>
      )}
      {at && earlier.length === 0 && debate.events.length > 0 && (
        <p className="timeline__empty">
          <Trans>Nothing had happened yet by {date}.</Trans>
        </p>
      )}

      {at && later.length > 0 && (
        <section className="timeline__later" aria-labelledby={laterId}>
          <h3 id={laterId} className="timeline__later-title">
            <Trans>After {date}</Trans>
          </h3>
          <p className="timeline__hint">
            {t`What came next: ${plural(laterCount, { one: '# event', other: '# events' })} after the “as of” date, greyed out.`}
          </p>
          <ol className="timeline__list">
            {later.map((event) => (
              <EventItem key={event.id} debate={debate} event={event} at={at} later />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

/** A slider over the event dates, one step per date, and a last step for "all events". */
function AsOfControl({ debate }: { debate: Debate }) {
  const at = useAppStore((s) => s.at);
  const setAt = useAppStore((s) => s.setAt);
  const dates = useMemo(() => eventDates(debate.events), [debate.events]);
  const { t, i18n } = useLingui();
  const language = i18n.locale;
  const sliderId = useId();
  const ticksId = useId();
  // A date typed into the link need not be an event date: the slider rests on the last
  // event date that is not after it (or the first step, if every event is later).
  const lastNotAfter = at === null ? -1 : dates.findLastIndex((d) => !isAfter(d, at));
  const index = at === null ? dates.length : Math.max(lastNotAfter, 0);
  const label = at === null ? t`All events` : formatIsoDate(at, language);
  const first = dates[0];

  return (
    <div className="asof">
      <label className="asof__label" htmlFor={sliderId}>
        <Trans>As of</Trans>
      </label>
      <div className="asof__track">
        <input
          id={sliderId}
          className="asof__slider"
          type="range"
          min={0}
          max={dates.length}
          step={1}
          value={index}
          list={ticksId}
          aria-valuetext={label}
          onChange={(e) => {
            const i = Number(e.target.value);
            setAt(i >= dates.length ? null : (dates[i] ?? null));
          }}
        />
        <datalist id={ticksId}>
          {[...dates, null].map((d, i) => (
            <option key={d ?? 'all'} value={i} label={d ? formatIsoDate(d, language) : t`All`} />
          ))}
        </datalist>
        <div className="asof__ends" aria-hidden="true">
          <span>{first ? formatIsoDate(first, language) : ''}</span>
          <span>
            <Trans>All</Trans>
          </span>
        </div>
      </div>
      <output className="asof__value" htmlFor={sliderId}>
        {label}
      </output>
      {at !== null && (
        <button type="button" className="asof__clear" onClick={() => setAt(null)}>
          <Trans>Show all</Trans>
        </button>
      )}
    </div>
  );
}

function EventItem({
  debate,
  event,
  at,
  later,
}: {
  debate: Debate;
  event: DebateEvent;
  at: string | null;
  later: boolean;
}) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const { t, i18n } = useLingui();
  const titleId = useId();
  // Under "After <date>" (itself an h3), event titles are one level down.
  const Heading = later ? 'h4' : 'h3';
  const actors = event.actors.flatMap((id) => nodeOfType(debate, id, 'actor') ?? []);
  const involvesSelection = actors.some((a) => a.id === selected);
  const yearAssumed = event.extensions['x-year-assumed'] === true;
  const overlaps = !later && at !== null && mayBeAfter(event.date, at);
  const evidence = sourcedEvidence(debate, event.evidence);

  return (
    <li
      className="tl-event"
      data-later={later || undefined}
      data-selected={involvesSelection || undefined}
    >
      <article className="card tl-event__card" aria-labelledby={titleId}>
        <p className="tl-event__when">
          <time dateTime={event.date}>{formatIsoDate(event.date, i18n.locale)}</time>
          {yearAssumed && (
            <span
              className="tag"
              title={t`The sources do not give the year; see the evidence notes.`}
            >
              <Trans>Year assumed</Trans>
              <span className="visually-hidden">
                {' '}
                <Trans>(the sources do not give the year)</Trans>
              </span>
            </span>
          )}
          {later && (
            <span className="tl-event__badge">
              <Trans>Later</Trans>
            </span>
          )}
          {overlaps && (
            <span
              className="tag"
              title={t`The date is less precise than “as of”: it may be later.`}
            >
              <Trans>May be later</Trans>
            </span>
          )}
        </p>
        <Heading id={titleId} className="tl-event__title">
          <DataText>{event.title}</DataText>
        </Heading>
        {event.summary && (
          <p className="tl-event__summary">
            <DebateGlossaryText text={event.summary} debate={debate} />
          </p>
        )}
        {actors.length > 0 && <ActorList actors={actors} selected={selected} select={select} />}
        <EvidenceDetails evidence={evidence} className="tl-event__evidence" />
      </article>
    </li>
  );
}

function ActorList({
  actors,
  selected,
  select,
}: {
  actors: readonly ActorNode[];
  selected: string | null;
  select: (id: ActorNode['id'] | null) => void;
}) {
  return (
    <div className="tl-event__actors">
      <span className="tl-event__actors-label">
        <Trans>Actors:</Trans>
      </span>
      <ul>
        {actors.map((actor) => {
          const isSelected = actor.id === selected;
          return (
            <li key={actor.id}>
              <button
                type="button"
                className="tl-actor"
                aria-pressed={isSelected}
                onClick={() => select(isSelected ? null : actor.id)}
              >
                <DataText>{actor.name}</DataText>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
