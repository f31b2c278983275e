// One argument as a card, with the replies that support or attack it nested below,
// recursively. The thread (argument-threads.ts) is already cycle-safe and depth-capped;
// this only draws it. Plain text only: data never becomes markup.
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { memo, useId } from 'react';
import type { ArgumentStatus, StatusOptions, StatusResult } from '../../domain/argument-status';
import { sourcedEvidence } from '../../domain/lookups';
import type { ActorId, ArgumentId, ArgumentNode, Debate } from '../../domain/model';
import { useAppStore } from '../../store/store-context';
import { EvidenceDetails } from '../../ui/EvidenceList';
import {
  listKey,
  MORE_CARDS,
  withdrawnReason,
  type ShownCounts,
  type ThreadItem,
} from './argument-threads';
import { DataText } from '../../ui/DataText';
import { RelationBadge, StatusBadge } from './badges';
import { SelectNameButton } from './SelectNameButton';
import { DebateGlossaryText } from '../../ui/GlossaryText';

export interface ThreadContext {
  readonly debate: Debate;
  readonly result: StatusResult;
  readonly options: Required<StatusOptions>;
  setArgumentWithdrawn(id: ArgumentId, withdrawn: boolean): void;
  /** How many items of each list are drawn (argument-threads.ts, firstShown). */
  readonly shown: ShownCounts;
  showMore(key: string, items: readonly ThreadItem[]): void;
}

/**
 * A side with more threads than this reads down one column (arguments.css), decided on all
 * of its threads, not the drawn ones, so the look does not change as more are drawn.
 */
const LONG_LIST = 12;

/** A list of threads: the arguments for or against a position, or an argument's replies. */
export function ThreadList({
  listId,
  items,
  ctx,
  replies,
  label,
}: {
  /** The list's key in `ctx.shown`. */
  listId: string;
  items: readonly ThreadItem[];
  ctx: ThreadContext;
  /** Replies show whether they support or attack what they answer. */
  replies: boolean;
  label?: string;
}) {
  const count = ctx.shown.get(listId) ?? 0;
  const rest = items.length - count;
  const { t } = useLingui();
  const more = Math.min(rest, MORE_CARDS);
  const moreLabel = replies
    ? count === 0
      ? plural(rest, { one: 'Show # reply', other: 'Show # replies' })
      : t`Show ${more} more (${plural(rest, { one: '# reply', other: '# replies' })} not shown yet)`
    : count === 0
      ? plural(rest, { one: 'Show # argument', other: 'Show # arguments' })
      : t`Show ${more} more (${plural(rest, { one: '# argument', other: '# arguments' })} not shown yet)`;
  const className = replies
    ? 'threads threads--replies'
    : items.length > LONG_LIST
      ? 'threads threads--long'
      : 'threads';
  return (
    <>
      {count > 0 && (
        <ul className={className} aria-label={label}>
          {items.slice(0, count).map((item) => (
            <Thread key={item.argument.id} item={item} ctx={ctx} reply={replies} />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <button type="button" className="threads__more" onClick={() => ctx.showMore(listId, items)}>
          {moreLabel}
        </button>
      )}
    </>
  );
}

function Thread({ item, ctx, reply }: { item: ThreadItem; ctx: ThreadContext; reply: boolean }) {
  const { argument } = item;
  const { t } = useLingui();
  const claim = argument.claim;
  const hidden = item.hiddenReplies;
  return (
    <li className={`thread thread--${argument.relation}`}>
      {item.cycle ? (
        <CycleNote argument={argument} />
      ) : (
        <ArgumentCard argument={argument} ctx={ctx} reply={reply} />
      )}
      {item.replies.length > 0 && (
        <ThreadList
          listId={listKey.replies(argument.id)}
          items={item.replies}
          ctx={ctx}
          replies
          label={t`Replies to “${claim}”`}
        />
      )}
      {item.hiddenReplies > 0 && (
        <p className="thread__more">
          {plural(hidden, {
            one: '# further reply is not shown: the thread is too deep here.',
            other: '# further replies are not shown: the thread is too deep here.',
          })}
        </p>
      )}
    </li>
  );
}

/** An argument met again on its own path: named, but not followed round the cycle. */
function CycleNote({ argument }: { argument: ArgumentNode }) {
  const select = useAppStore((s) => s.select);
  return (
    <div className={`thread__cycle argcard--${argument.relation}`}>
      <RelationBadge relation={argument.relation} />{' '}
      <button type="button" className="argcard__name" onClick={() => select(argument.id)}>
        <DataText>{argument.claim}</DataText>
      </button>{' '}
      <span className="thread__cycle-note">
        <Trans>↻ cycle: see above</Trans>
      </span>
    </div>
  );
}

/**
 * Works out what a card shows from the statuses; the card itself is drawn again only
 * when that changes, so a what-if switch redraws the cards it affects, not all of them.
 */
function ArgumentCard({
  argument,
  ctx,
  reply,
}: {
  argument: ArgumentNode;
  ctx: ThreadContext;
  reply: boolean;
}) {
  const status = ctx.result.status.get(argument.id) ?? 'withdrawn';
  const reason =
    status === 'withdrawn'
      ? withdrawnReason(argument, ctx.options)
      : (ctx.result.reason.get(argument.id) ?? '');
  return (
    <Card
      argument={argument}
      debate={ctx.debate}
      reply={reply}
      status={status}
      reason={reason}
      checked={ctx.options.withdrawnArguments.has(argument.id)}
      withdrawnActors={argument.by.filter((id) => ctx.options.withdrawnActors.has(id)).join()}
      setArgumentWithdrawn={ctx.setArgumentWithdrawn}
    />
  );
}

const Card = memo(function Card({
  argument,
  debate,
  reply,
  status,
  reason,
  checked,
  withdrawnActors,
  setArgumentWithdrawn,
}: {
  argument: ArgumentNode;
  debate: Debate;
  reply: boolean;
  status: ArgumentStatus | 'withdrawn';
  reason: string;
  checked: boolean;
  /** The card's own actors that are withdrawn, comma-separated (a string, so memo compares it). */
  withdrawnActors: string;
  setArgumentWithdrawn: ThreadContext['setArgumentWithdrawn'];
}) {
  const isSelected = useAppStore((s) => s.selected === argument.id);
  const selectedActor = useAppStore((s) =>
    argument.by.includes(s.selected as ActorId) ? s.selected : null,
  );
  const select = useAppStore((s) => s.select);
  const claimId = useId();
  const off = new Set(withdrawnActors.split(','));
  const evidence = sourcedEvidence(debate, argument.evidence);
  const claim = argument.claim;
  const actors = argument.by.flatMap((id) => {
    const node = debate.index.node.get(id);
    return node?.type === 'actor' ? [node] : [];
  });

  return (
    <article
      className={`argcard argcard--${argument.relation}`}
      aria-labelledby={claimId}
      data-status={status}
      data-selected={isSelected || undefined}
      data-argument-id={argument.id}
    >
      {(reply || isSelected) && (
        <div className="argcard__top">
          {reply && <RelationBadge relation={argument.relation} />}
          {isSelected && (
            <span className="tag argcard__selected">
              <Trans>Selected</Trans>
            </span>
          )}
        </div>
      )}
      <p className="argcard__claim">
        <SelectNameButton
          id={claimId}
          className="argcard__claim-button"
          node={argument.id}
          selected={isSelected}
          text={argument.claim}
        />
      </p>
      {argument.text && (
        <p className="argcard__text">
          <DebateGlossaryText text={argument.text} debate={debate} />
        </p>
      )}
      <p className="argcard__status">
        <StatusBadge status={status} /> <span className="argcard__reason">{reason}</span>
      </p>
      <div className="argcard__by">
        <span className="argcard__label">
          <Trans>Made by:</Trans>
        </span>{' '}
        {actors.length === 0 ? (
          <span className="argcard__none">
            <Trans>no actor named in the sources</Trans>
          </span>
        ) : (
          <ul className="argcard__actors comma-list">
            {actors.map((actor) => (
              <li key={actor.id}>
                <button
                  type="button"
                  className="argcard__name"
                  aria-current={selectedActor === actor.id ? 'true' : undefined}
                  onClick={() => select(actor.id)}
                >
                  <DataText>{actor.name}</DataText>
                </button>
                {off.has(actor.id) && (
                  <span className="argcard__off">
                    {' '}
                    <Trans>(withdrawn)</Trans>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <EvidenceDetails evidence={evidence} className="argcard__evidence" />
      <label className="argcard__withdraw">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => setArgumentWithdrawn(argument.id, e.target.checked)}
        />{' '}
        <Trans>
          Withdraw this claim
          <span className="visually-hidden">
            : <DataText>{claim}</DataText>
          </span>
        </Trans>
      </label>
    </article>
  );
});
