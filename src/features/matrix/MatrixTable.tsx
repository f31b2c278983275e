// The matrix as a real table: a caption, two header rows (issues, then positions), one
// row per actor (grouped under a row header per kind when sorted by kind).
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { actorKindLabel } from '../../domain/actor-kind';
import type { ActorNode, Debate, IssueNode, NodeId, PositionNode } from '../../domain/model';
import { DataText } from '../../ui/DataText';
import type { OpenCell } from './CellDialog';
import { useRef } from 'react';
import { useAppStore } from '../../store/store-context';
import { cx, type IssueColumns, type SortMode, type StanceLookup } from './matrix-model';
import { ActorRow } from './MatrixRow';
import { useIssueInView } from './use-issue-in-view';

export function MatrixTable({
  debate,
  mode,
  actors,
  columns,
  lookup,
  referenceActor,
  selected,
  onSelect,
  onOpen,
  sortedSentence,
}: {
  debate: Debate;
  mode: SortMode;
  /** The actors in the order asked for. */
  actors: readonly ActorNode[];
  columns: readonly IssueColumns[];
  lookup: StanceLookup;
  /** Set only when sorting by agreement: its column of scores shows then. */
  referenceActor: ActorNode | null;
  selected: NodeId | null;
  onSelect: (id: NodeId) => void;
  onOpen: (cell: OpenCell) => void;
  /** "Actors sorted by name.", so the caption says the order too. */
  sortedSentence: string;
}) {
  const { t } = useLingui();
  const scroller = useRef<HTMLDivElement>(null);
  const focusedIssue = useAppStore((s) => s.issue);
  useIssueInView(scroller, focusedIssue);
  const positionCount = columns.reduce((n, group) => n + group.positions.length, 0);
  const actorCount = actors.length;
  const actorRow = (actor: ActorNode) => (
    <ActorRow
      key={actor.id}
      debate={debate}
      actor={actor}
      columns={columns}
      lookup={lookup}
      reference={referenceActor?.id ?? null}
      selected={selected}
      onSelect={() => onSelect(actor.id)}
      onOpen={onOpen}
    />
  );

  return (
    <div
      ref={scroller}
      className="matrix__scroller"
      role="region"
      aria-label={t`Stance matrix`}
      tabIndex={0}
    >
      <table className="matrix__table">
        <caption className="matrix__caption">
          {t`Who holds what: ${plural(actorCount, { one: '# actor', other: '# actors' })} × ${plural(positionCount, { one: '# position', other: '# positions' })}`}
          <span className="visually-hidden"> {sortedSentence}</span>
        </caption>
        <colgroup span={referenceActor ? 2 : 1} />
        {columns.map((group) => (
          <colgroup key={group.issue.id} span={group.positions.length} />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="matrix__corner">
              <Trans>Actor</Trans>
            </th>
            {referenceActor && (
              <th scope="col" rowSpan={2} className="matrix__agreement-head">
                <Trans>
                  Agreement with <DataText>{referenceActor.shortLabel}</DataText>
                </Trans>
              </th>
            )}
            {columns.map((group) => (
              <IssueHeader key={group.issue.id} issue={group.issue} span={group.positions.length} />
            ))}
          </tr>
          <tr>
            {columns.map((group) =>
              group.positions.map((position, i) => (
                <PositionHeader
                  key={position.id}
                  position={position}
                  first={i === 0}
                  current={selected === position.id}
                  onSelect={() => onSelect(position.id)}
                />
              )),
            )}
          </tr>
        </thead>
        {mode === 'kind' ? (
          kindGroups(actors).map(([kind, members]) => (
            <tbody key={kind}>
              <tr className="matrix__group-row">
                <th scope="rowgroup" colSpan={1 + positionCount} className="matrix__group">
                  <span className="matrix__group-label">{actorKindLabel(kind)}</span>
                </th>
              </tr>
              {members.map(actorRow)}
            </tbody>
          ))
        ) : (
          <tbody>{actors.map(actorRow)}</tbody>
        )}
      </table>
    </div>
  );
}

function IssueHeader({ issue, span }: { issue: IssueNode; span: number }) {
  return (
    <th
      scope="colgroup"
      colSpan={span}
      className="matrix__issue"
      title={issue.question}
      data-issue={issue.id}
    >
      <span className="matrix__clamp matrix__clamp--issue">
        <DataText>{issue.question}</DataText>
      </span>
    </th>
  );
}

function PositionHeader({
  position,
  first,
  current,
  onSelect,
}: {
  position: PositionNode;
  first: boolean;
  current: boolean;
  onSelect: () => void;
}) {
  return (
    <th
      scope="col"
      className={cx('matrix__position', first && 'matrix__first', current && 'is-current')}
    >
      {/* The whole statement is in the button; CSS only clamps how much of it shows. */}
      <button
        type="button"
        className="matrix__position-button"
        title={position.statement}
        aria-current={current ? 'true' : undefined}
        onClick={onSelect}
      >
        <span className="matrix__clamp matrix__clamp--position">
          <DataText>{position.statement}</DataText>
        </span>
      </button>
    </th>
  );
}

/** Consecutive actors of the same kind, as [kind, actors] pairs (input sorted by kind). */
function kindGroups(actors: readonly ActorNode[]): [string, ActorNode[]][] {
  const groups: [string, ActorNode[]][] = [];
  for (const actor of actors) {
    const last = groups.at(-1);
    if (last && last[0] === actor.actorKind) last[1].push(actor);
    else groups.push([actor.actorKind, [actor]]);
  }
  return groups;
}
