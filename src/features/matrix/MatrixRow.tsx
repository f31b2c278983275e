// One actor's row of the matrix: the actor's name as the row header, the agreement
// with the reference actor when sorting by agreement, and a button per stance that
// opens its evidence.
import { Trans, useLingui } from '@lingui/react/macro';
import { agreementScore } from '../../domain/comparison';
import type { ActorId, ActorNode, Debate } from '../../domain/model';
import { BASIS_LOOK } from '../../ui/basis-look';
import { DataText } from '../../ui/DataText';
import { StanceBadge } from '../../ui/StanceBadge';
import { StanceBasis } from '../../ui/StanceBasis';
import { STANCE_LOOK } from '../../ui/stance-look';
import type { OpenCell } from './CellDialog';
import {
  cx,
  formatScore,
  scoreWords,
  shorten,
  type IssueColumns,
  type StanceLookup,
} from './matrix-model';

export function ActorRow({
  debate,
  actor,
  columns,
  lookup,
  reference,
  selected,
  onSelect,
  onOpen,
}: {
  debate: Debate;
  actor: ActorNode;
  columns: readonly IssueColumns[];
  lookup: StanceLookup;
  /** Null unless sorting by agreement, so other orders never show a score. */
  reference: ActorId | null;
  selected: string | null;
  onSelect: () => void;
  onOpen: (cell: OpenCell) => void;
}) {
  const { t, i18n } = useLingui();
  const current = selected === actor.id;
  const name = actor.name;
  return (
    <tr className={cx('matrix__row', current && 'is-current')}>
      <th scope="row" className="matrix__actor">
        <button
          type="button"
          className="link-button matrix__actor-button"
          aria-current={current ? 'true' : undefined}
          onClick={onSelect}
        >
          <DataText>{actor.name}</DataText>
        </button>
      </th>
      {reference && <AgreementCell debate={debate} reference={reference} actor={actor.id} />}
      {columns.map((group) =>
        group.positions.map((position, i) => {
          const stance = lookup(actor.id, position.id);
          const className = cx(
            'matrix__cell',
            i === 0 && 'matrix__first',
            selected === position.id && 'is-current',
            !stance && 'matrix__cell--empty',
          );
          if (!stance)
            return (
              <td key={position.id} className={className}>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">
                  <Trans>No stance recorded</Trans>
                </span>
              </td>
            );
          const word = STANCE_LOOK[stance.stance].word;
          const statement = shorten(position.statement, 60);
          const basis =
            stance.basis && stance.basis !== 'stated'
              ? BASIS_LOOK[stance.basis].word.toLocaleLowerCase(i18n.locale)
              : null;
          return (
            <td key={position.id} className={className}>
              <button
                type="button"
                className="matrix__stance"
                aria-label={
                  basis
                    ? t`${name}: ${word} — ${statement} (${basis})`
                    : t`${name}: ${word} — ${statement}`
                }
                aria-haspopup="dialog"
                onClick={() => onOpen({ actor: actor.id, position: position.id })}
              >
                <StanceBadge value={stance.stance} />
                <StanceBasis basis={stance.basis} compact />
              </button>
            </td>
          );
        }),
      )}
    </tr>
  );
}

function AgreementCell({
  debate,
  reference,
  actor,
}: {
  debate: Debate;
  reference: ActorId;
  actor: ActorId;
}) {
  if (actor === reference)
    return (
      <td className="matrix__agreement">
        <span className="matrix__reference">
          <Trans>Reference</Trans>
        </span>
      </td>
    );
  const { score, shared } = agreementScore(debate, reference, actor);
  if (score === null)
    return (
      <td className="matrix__agreement matrix__agreement--none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">
          <Trans>No shared positions</Trans>
        </span>
      </td>
    );
  return (
    <td className="matrix__agreement">
      <span className="matrix__score-line">
        <span className="matrix__score">{formatScore(score)}</span>{' '}
        <span className="matrix__score-words">{scoreWords(score)}</span>
      </span>{' '}
      <span className="matrix__shared">
        <Trans>({shared} shared)</Trans>
      </span>
    </td>
  );
}
