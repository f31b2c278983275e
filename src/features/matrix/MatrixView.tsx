// The stance matrix: every actor against every position, grouped by issue, as a real
// table. It is also the accessible overview of who holds what, so its structure is
// plain: a caption, two header rows (issues, then positions), one row per actor with
// the actor's name as its row header. Each stance is a button that opens its evidence.
// Plain text only: data never becomes markup.
import { actorKindLabel } from '../../domain/actor-kind';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import {
  AGREEMENT_SCORE_EXPLANATION,
  agreementScore,
  sortActorsByName,
} from '../../domain/comparison';
import { sourcedEvidence } from '../../domain/lookups';
import type {
  ActorId,
  ActorNode,
  Debate,
  IssueNode,
  PositionId,
  PositionNode,
  Stance,
} from '../../domain/model';
import { useAppStore } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { Dialog } from '../../ui/Dialog';
import { EvidenceList } from '../../ui/EvidenceList';
import { StanceBadge } from '../../ui/StanceBadge';
import { STANCE_LOOK } from '../../ui/stance-look';
import { BASIS_LOOK } from '../../ui/basis-look';
import { StanceBasis } from '../../ui/StanceBasis';
import {
  SORT_LABELS,
  SORT_MODES,
  defaultReference,
  formatScore,
  isActor,
  issueColumns,
  orderActors,
  scoreWords,
  shorten,
  stanceLookup,
  topThree,
  type IssueColumns,
  type SortMode,
  type StanceLookup,
} from './matrix-model';
import { GlossaryText } from '../../ui/GlossaryText';
import './matrix.css';
import { DataText } from '../../ui/DataText';
import { isolated } from '../../lib/isolated';

interface OpenCell {
  readonly actor: ActorId;
  readonly position: PositionId;
}

export function MatrixView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useDrawnDebate(onDrawn);
  if (!debate) return null;
  // Keyed by the debate, so sorting and an open cell never outlive the debate they named.
  return <Matrix key={debate.meta.id} debate={debate} />;
}

function Matrix({ debate }: { debate: Debate }) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const startComparison = useAppStore((s) => s.startComparison);
  const [mode, setMode] = useState<SortMode>('name');
  const [picked, setPicked] = useState<ActorId | null>(null);
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);
  const sortId = useId();
  const referenceId = useId();

  const reference = mode === 'agreement' && isActor(debate, picked) ? picked : null;
  const columns = useMemo(() => issueColumns(debate), [debate]);
  const lookup = useMemo(() => stanceLookup(debate), [debate]);
  const actors = useMemo(() => orderActors(debate, mode, reference), [debate, mode, reference]);
  const actorsByName = useMemo(() => sortActorsByName(debate), [debate]);
  const positionCount = columns.reduce((n, group) => n + group.positions.length, 0);
  const referenceActor = reference ? (debate.index.node.get(reference) as ActorNode) : null;
  const top = reference ? topThree(debate, reference) : [];

  const onMode = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value as SortMode;
    setMode(next);
    // Agreement starts from the selected actor (or the first), each time it is chosen.
    if (next === 'agreement') setPicked(defaultReference(debate, selected));
  };

  // The reference is null unless sorting by agreement, so grouped rows never show a score.
  const actorRow = (actor: ActorNode) => (
    <ActorRow
      key={actor.id}
      debate={debate}
      actor={actor}
      columns={columns}
      lookup={lookup}
      reference={reference}
      selected={selected}
      onSelect={() => select(actor.id)}
      onOpen={setOpenCell}
    />
  );

  const order =
    mode === 'agreement' && referenceActor
      ? `by agreement with ${isolated(referenceActor.name)}`
      : mode === 'kind'
        ? 'by kind, then by name'
        : 'by name';

  return (
    <div className="matrix">
      <div className="matrix__controls">
        <div className="matrix__field">
          <label htmlFor={sortId}>Sort actors</label>
          <select id={sortId} value={mode} onChange={onMode}>
            {SORT_MODES.map((m) => (
              <option key={m} value={m}>
                {SORT_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        {mode === 'agreement' && (
          <div className="matrix__field">
            <label htmlFor={referenceId}>Reference actor</label>
            <select
              id={referenceId}
              value={reference ?? ''}
              onChange={(event) => setPicked(event.target.value as ActorId)}
            >
              {actorsByName.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {mode === 'agreement' && top.length > 1 && (
          <button type="button" onClick={() => startComparison(top)}>
            Compare the top {top.length}
          </button>
        )}
        <p role="status" className="visually-hidden">
          Actors sorted {order}.
        </p>
      </div>
      {mode === 'agreement' && (
        <p className="matrix__note">
          <strong>How the score works:</strong> {AGREEMENT_SCORE_EXPLANATION}
        </p>
      )}

      {debate.stances.some((s) => s.basis === 'inferred' || s.basis === 'reported') && (
        <p className="matrix__note">
          <span aria-hidden="true">{BASIS_LOOK.inferred.icon}</span> marks an inferred stance: the
          editor’s reading, not said in the sources.{' '}
          <span aria-hidden="true">{BASIS_LOOK.reported.icon}</span> marks a reported one, passed on
          from another outlet’s report. Open a stance to see why.
        </p>
      )}
      <div className="matrix__scroller" role="region" aria-label="Stance matrix" tabIndex={0}>
        <table className="matrix__table">
          <caption className="matrix__caption">
            Who holds what: {actors.length} actors × {positionCount} positions
            <span className="visually-hidden">, sorted {order}</span>
          </caption>
          <colgroup span={referenceActor ? 2 : 1} />
          {columns.map((group) => (
            <colgroup key={group.issue.id} span={group.positions.length} />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="matrix__corner">
                Actor
              </th>
              {referenceActor && (
                <th scope="col" rowSpan={2} className="matrix__agreement-head">
                  Agreement with <DataText>{referenceActor.shortLabel}</DataText>
                </th>
              )}
              {columns.map((group) => (
                <IssueHeader
                  key={group.issue.id}
                  issue={group.issue}
                  span={group.positions.length}
                />
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
                    onSelect={() => select(position.id)}
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

      <CellDialog
        debate={debate}
        cell={openCell}
        lookup={lookup}
        onClose={() => setOpenCell(null)}
      />
    </div>
  );
}

function IssueHeader({ issue, span }: { issue: IssueNode; span: number }) {
  return (
    <th scope="colgroup" colSpan={span} className="matrix__issue" title={issue.question}>
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

function ActorRow({
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
  reference: ActorId | null;
  selected: string | null;
  onSelect: () => void;
  onOpen: (cell: OpenCell) => void;
}) {
  const current = selected === actor.id;
  return (
    <tr className={cx('matrix__row', current && 'is-current')}>
      <th scope="row" className="matrix__actor">
        <button
          type="button"
          className="matrix__actor-button"
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
                <span className="visually-hidden">No stance recorded</span>
              </td>
            );
          return (
            <td key={position.id} className={className}>
              <button
                type="button"
                className="matrix__stance"
                aria-label={`${actor.name}: ${STANCE_LOOK[stance.stance].word} — ${shorten(position.statement, 60)}${stance.basis && stance.basis !== 'stated' ? ` (${BASIS_LOOK[stance.basis].word.toLowerCase()})` : ''}`}
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
        <span className="matrix__reference">Reference</span>
      </td>
    );
  const { score, shared } = agreementScore(debate, reference, actor);
  if (score === null)
    return (
      <td className="matrix__agreement matrix__agreement--none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">No shared positions</span>
      </td>
    );
  return (
    <td className="matrix__agreement">
      <span className="matrix__score-line">
        <span className="matrix__score">{formatScore(score)}</span>{' '}
        <span className="matrix__score-words">{scoreWords(score)}</span>
      </span>{' '}
      <span className="matrix__shared">({shared} shared)</span>
    </td>
  );
}

function CellDialog({
  debate,
  cell,
  lookup,
  onClose,
}: {
  debate: Debate;
  cell: OpenCell | null;
  lookup: StanceLookup;
  onClose: () => void;
}) {
  const found = cell && findCell(debate, lookup, cell);
  return (
    <Dialog
      title={found ? `${found.actor.name}: ${STANCE_LOOK[found.stance.stance].word}` : 'Evidence'}
      open={!!found}
      onClose={onClose}
    >
      {found && <CellEvidence debate={debate} {...found} />}
    </Dialog>
  );
}

function findCell(debate: Debate, lookup: StanceLookup, cell: OpenCell) {
  const stance = lookup(cell.actor, cell.position);
  const actor = debate.index.node.get(cell.actor);
  const position = debate.index.node.get(cell.position);
  if (!stance || actor?.type !== 'actor' || position?.type !== 'position') return null;
  const issue = debate.index.node.get(position.issue);
  return { stance, actor, position, issue: issue?.type === 'issue' ? issue : null };
}

function CellEvidence({
  debate,
  stance,
  position,
  issue,
}: {
  debate: Debate;
  stance: Stance;
  position: PositionNode;
  issue: IssueNode | null;
}) {
  return (
    <div className="matrix-evidence">
      {issue && (
        <p className="matrix-evidence__context">
          <span className="matrix-evidence__label">Issue:</span>{' '}
          <DataText>{issue.question}</DataText>
        </p>
      )}
      <p className="matrix-evidence__position">
        <span className="matrix-evidence__label">Position:</span>{' '}
        <DataText>{position.statement}</DataText>
      </p>
      <p className="matrix-evidence__stance">
        <StanceBadge value={stance.stance} />
        {stance.summary && (
          <span>
            <GlossaryText
              text={stance.summary}
              glossary={debate.glossary}
              language={debate.meta.language}
            />
          </span>
        )}
      </p>
      <StanceBasis basis={stance.basis} note={stance.basisNote} />
      <h3 className="matrix-evidence__heading">In their words</h3>
      {stance.evidence.length > 0 ? (
        <EvidenceList evidence={sourcedEvidence(debate, stance.evidence)} />
      ) : (
        <p className="matrix-evidence__none">No quote recorded.</p>
      )}
    </div>
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

function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
