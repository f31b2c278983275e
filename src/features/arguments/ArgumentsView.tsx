// The arguments of one issue, Kialo-style: for each position, the arguments for and
// against it, each with its replies nested below; which arguments stand under grounded
// semantics; and "what if" switches that take claims or actors out and show at once
// what would still stand. The switches are local: they are not part of the link.
import { Trans, useLingui } from '@lingui/react/macro';
import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  ARGUMENT_STATUS_EXPLANATION,
  argumentStatusMeaning,
  whatIfStatus,
  type ArgumentStatus,
} from '../../domain/argument-status';
import type {
  ActorId,
  ActorNode,
  ArgumentId,
  Debate,
  IssueId,
  IssueNode,
} from '../../domain/model';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { useMediaQuery } from '../../ui/use-media-query';
import {
  actorsOf,
  argumentsOfIssue,
  atLeast,
  countStatuses,
  FIRST_SCREEN_CARDS,
  firstShown,
  issueThreads,
  listKey,
  showMore,
  issueToShow,
  summaryLine,
  toggled,
  type PositionThreads,
  type ThreadItem,
} from './argument-threads';
import { DataText } from '../../ui/DataText';
import { IssueOptions } from '../../ui/IssueOptions';
import { ThreadList, type ThreadContext } from './ArgumentThread';
import { SelectNameButton } from './SelectNameButton';
import { RELATION_LOOK, STATUS_LOOK } from './looks';
import './arguments.css';

const NONE = new Set<never>();

export function ArgumentsView({ onDrawn }: { onDrawn: () => void }) {
  const store = useAppStoreApi();
  const debate = useDrawnDebate(onDrawn);
  const issue = useAppStore((s) => s.issue);
  const setIssue = useAppStore((s) => s.setIssue);
  // With no issue in the store, the view opens on the issue of whatever is selected (or
  // the first issue), and stays there: later selections made in this view do not move it.
  const [fallback] = useState(() => {
    const state = store.getState();
    return state.debate ? (issueToShow(state.debate, null, state.selected)?.id ?? null) : null;
  });
  const shown = debate ? issueToShow(debate, issue ?? fallback, null) : null;
  const pickerId = useId();

  if (!debate) return null;
  if (!shown)
    return (
      <p className="arguments__empty">
        <Trans>This debate has no issues yet.</Trans>
      </p>
    );

  return (
    <div className="arguments">
      <div className="arguments__bar">
        <label className="arguments__picker" htmlFor={pickerId}>
          <Trans>Issue</Trans>
        </label>
        <select
          id={pickerId}
          className="arguments__select"
          value={shown.id}
          onChange={(e) => setIssue(e.target.value as IssueId)}
        >
          <IssueOptions issues={debate.issues} />
        </select>
      </div>
      {/* A new issue starts with every switch off. */}
      <IssueArguments key={shown.id} debate={debate} issue={shown} />
    </div>
  );
}

function IssueArguments({ debate, issue }: { debate: Debate; issue: IssueNode }) {
  const [withdrawnArguments, setWithdrawnArguments] = useState<ReadonlySet<ArgumentId>>(NONE);
  const [withdrawnActors, setWithdrawnActors] = useState<ReadonlySet<ActorId>>(NONE);
  const options = useMemo(
    () => ({ withdrawnArguments, withdrawnActors }),
    [withdrawnArguments, withdrawnActors],
  );
  const result = useMemo(() => whatIfStatus(debate, options), [debate, options]);
  const threads = useMemo(() => issueThreads(debate, issue.id), [debate, issue.id]);
  const args = useMemo(() => argumentsOfIssue(debate, issue.id), [debate, issue.id]);
  const actors = useMemo(() => actorsOf(debate, args), [debate, args]);
  const counts = countStatuses(args, result);

  const setArgumentWithdrawn = useCallback(
    (id: ArgumentId, on: boolean) => setWithdrawnArguments((set) => toggled(set, id, on)),
    [],
  );
  // Long lists are drawn a part at a time, and the selected argument is always among them.
  const store = useAppStoreApi();
  const [reveal] = useState(() => store.getState().selected);
  const [shown, setShown] = useState(() => firstShown(threads, reveal, FIRST_SCREEN_CARDS));
  // The first screenful comes in one task; the rest of the first cards in a transition,
  // which React renders in slices that give way to the reader's input.
  useEffect(() => {
    startTransition(() => setShown((now) => atLeast(now, firstShown(threads, reveal))));
  }, [threads, reveal]);
  const onShowMore = useCallback(
    (key: string, items: readonly ThreadItem[]) => setShown((now) => showMore(now, key, items)),
    [],
  );
  const ctx: ThreadContext = useMemo(
    () => ({ debate, result, options, setArgumentWithdrawn, shown, showMore: onShowMore }),
    [debate, result, options, setArgumentWithdrawn, shown, onShowMore],
  );

  // Opening the view (or an issue) with an argument selected brings it into sight.
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    rootRef.current?.querySelector('[data-selected]')?.scrollIntoView?.({ block: 'center' });
  }, []);

  // Wide screens show every switch beside the arguments; on phones they fold away, so
  // the arguments come sooner.
  const wide = useMediaQuery('(min-width: 64rem)');
  const headingId = useId();
  return (
    <div ref={rootRef} className="arguments__layout">
      <div className="arguments__side">
        <section className="whatif" aria-labelledby={`${headingId}-whatif`}>
          <h2 id={`${headingId}-whatif`} className="whatif__title">
            <Trans>What if…</Trans>
          </h2>
          <p className="whatif__intro">
            <Trans>
              Take claims out of the debate and see at once which arguments would still stand. The
              sources stay as they are.
            </Trans>
          </p>
          <div className="whatif__result">
            <p className="whatif__summary" role="status" aria-live="polite">
              {summaryLine(counts)}
            </p>
            {/* aria-disabled, not disabled: focus stays on the button once it has reset. */}
            <button
              type="button"
              className="whatif__reset"
              aria-disabled={withdrawnArguments.size === 0 && withdrawnActors.size === 0}
              onClick={() => {
                setWithdrawnArguments(NONE);
                setWithdrawnActors(NONE);
              }}
            >
              <Trans>Reset</Trans>
            </button>
          </div>
          {/* Said where the statuses first show, not only in the folded explanation. */}
          <p className="arguments__meaning">{argumentStatusMeaning()}</p>
          <ActorSwitches
            actors={actors}
            withdrawn={withdrawnActors}
            open={wide}
            onChange={(id, on) => setWithdrawnActors((set) => toggled(set, id, on))}
          />
        </section>
      </div>

      <div className="arguments__main">
        <h2 className="arguments__question">
          <DataText>{issue.question}</DataText>
        </h2>
        {issue.summary && (
          <p className="arguments__summary">
            <DataText>{issue.summary}</DataText>
          </p>
        )}
        {/* The rules sit where the statuses first appear, folded so the arguments come first. */}
        <Explanation open={false} />
        {threads.length === 0 && (
          <p className="arguments__none">
            <Trans>No positions recorded.</Trans>
          </p>
        )}
        {threads.map((p) => (
          <PositionBlock key={p.position.id} threads={p} ctx={ctx} />
        ))}
      </div>
    </div>
  );
}

function ActorSwitches({
  actors,
  withdrawn,
  open,
  onChange,
}: {
  actors: readonly ActorNode[];
  withdrawn: ReadonlySet<ActorId>;
  open: boolean;
  onChange: (id: ActorId, on: boolean) => void;
}) {
  const count = actors.length;
  const off = withdrawn.size;
  if (count === 0)
    return (
      <p className="whatif__none">
        <Trans>No actor is named for any argument on this issue.</Trans>
      </p>
    );
  return (
    <details className="whatif__actors" open={open}>
      <summary>
        <Trans>Withdraw an actor ({count})</Trans>
        {off > 0 && (
          <span className="whatif__count">
            {' · '}
            <Trans>{off} withdrawn</Trans>
          </span>
        )}
      </summary>
      <fieldset>
        <legend className="visually-hidden">
          <Trans>Withdraw everything an actor says</Trans>
        </legend>
        <ul>
          {actors.map(({ id, name }) => (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={withdrawn.has(id)}
                  onChange={(e) => onChange(id, e.target.checked)}
                />{' '}
                <span>
                  <Trans>
                    <span className="visually-hidden">Withdraw everything</span>{' '}
                    <DataText>{name}</DataText> <span className="visually-hidden">says</span>
                  </Trans>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p className="whatif__note">
          <Trans>
            Everything an actor says is taken out. An argument made by several actors stays until
            all of them are withdrawn.
          </Trans>
        </p>
      </fieldset>
    </details>
  );
}

function PositionBlock({ threads, ctx }: { threads: PositionThreads; ctx: ThreadContext }) {
  const { position, supporting, attacking } = threads;
  const isSelected = useAppStore((s) => s.selected === position.id);
  const id = useId();
  return (
    <section
      className="position-block"
      aria-labelledby={`${id}-position`}
      data-selected={isSelected || undefined}
    >
      <h3 id={`${id}-position`} className="position-block__statement">
        <SelectNameButton
          className="position-block__button"
          node={position.id}
          selected={isSelected}
          text={position.statement}
        />
        {isSelected && (
          <span className="tag argcard__selected">
            <Trans>Selected</Trans>
          </span>
        )}
      </h3>
      <div
        className={
          supporting.length && attacking.length
            ? 'position-block__columns'
            : 'position-block__columns position-block__columns--one-sided'
        }
      >
        <Column block={id} position={position} relation="supports" items={supporting} ctx={ctx} />
        <Column block={id} position={position} relation="attacks" items={attacking} ctx={ctx} />
      </div>
    </section>
  );
}

/** The arguments for or against one position, under a heading that says which. */
function Column({
  block,
  position,
  relation,
  items,
  ctx,
}: {
  /** The position block's id, which the column's heading id extends. */
  block: string;
  position: PositionThreads['position'];
  relation: 'supports' | 'attacks';
  items: PositionThreads['supporting'];
  ctx: ThreadContext;
}) {
  const { t } = useLingui();
  const id = `${block}-${relation === 'supports' ? 'for' : 'against'}`;
  const title = relation === 'supports' ? t`Arguments for` : t`Arguments against`;
  const listId = listKey.column(position.id, relation);
  return (
    <section
      className={`column column--${relation}${items.length ? '' : ' column--empty'}`}
      aria-labelledby={id}
    >
      <h4 id={id} className="column__title">
        <span aria-hidden="true" className="column__icon">
          {RELATION_LOOK[relation].icon}
        </span>{' '}
        {title}
      </h4>
      {items.length === 0 ? (
        <p className="arguments__none">
          <Trans>None recorded.</Trans>
        </p>
      ) : (
        <ThreadList listId={listId} items={items} ctx={ctx} replies={false} />
      )}
    </section>
  );
}

const STATUSES: readonly ArgumentStatus[] = ['stands', 'defeated', 'undecided'];

function Explanation({ open }: { open: boolean }) {
  return (
    <details className="explain" open={open}>
      <summary>
        <Trans>How we decide which arguments stand</Trans>
      </summary>
      <p>{argumentStatusMeaning()}</p>
      <p>
        <Trans>
          Only attacks between arguments count: a supporting argument shows what backs a claim up,
          but cannot defeat anything. Each argument is then settled in plain steps:
        </Trans>
      </p>
      <ul className="explain__list">
        {STATUSES.map((status) => (
          <li key={status}>
            <span aria-hidden="true" className={`explain__icon arg-status--${status}`}>
              {STATUS_LOOK[status].icon}
            </span>
            <span>{ARGUMENT_STATUS_EXPLANATION[status]}</span>
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="explain__icon arg-status--withdrawn">
            {STATUS_LOOK.withdrawn.icon}
          </span>
          <span>
            <Trans>
              Withdrawn: taken out by a “what if” switch. It attacks nothing, and everything else is
              worked out again without it.
            </Trans>
          </span>
        </li>
      </ul>
    </details>
  );
}
