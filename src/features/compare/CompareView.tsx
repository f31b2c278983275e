// Actors side by side: one column per actor, issues and their positions as rows, the
// agreement of each row in words, and a summary of where they meet and collide.
import { plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Fragment,
  useMemo,
  type ButtonHTMLAttributes,
  type CSSProperties,
  type ReactNode,
} from 'react';
import {
  AGREEMENT_EXPLANATION,
  compareActors,
  type Agreement,
  type ComparisonRow,
} from '../../domain/comparison';
import { sourcedEvidence } from '../../domain/lookups';
import { distinctActorNames } from '../../domain/distinct-names';
import { actorKindLabel } from '../../domain/actor-kind';
import { mostOpposedPair } from '../../domain/suggest-pair';
import type { ActorId, ActorNode, Debate, Stance } from '../../domain/model';
import { pageDirection } from '../../lib/text-direction';
import { MAX_COMPARED } from '../../store/app-store';
import { useAppStore } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { EvidenceList } from '../../ui/EvidenceList';
import { StanceBadge } from '../../ui/StanceBadge';
import { StanceBasis } from '../../ui/StanceBasis';
import { iconAndWord, STANCE_LOOK, type IconAndWord } from '../../ui/stance-look';
import { DebateGlossaryText } from '../../ui/GlossaryText';
import { DataText } from '../../ui/DataText';
import { LabelledSelect } from '../../ui/LabelledSelect';
import './compare.css';

const AGREEMENT_LOOK: Record<Agreement, IconAndWord> = {
  agree: iconAndWord('=', () => t`Agree`),
  disagree: iconAndWord('≠', () => t`Disagree`),
  partial: iconAndWord('~', () => t`Partly`),
  none: iconAndWord('–', () => t`No stances`),
};

/**
 * "Partly" only where stances differ in degree: where some actors simply take no stance,
 * the badge says so in plain words.
 */
function lookOf(row: ComparisonRow): { icon: string; word: string; title: string } {
  const missing = row.stances.filter((s) => s === null).length;
  if (row.agreement === 'partial' && missing > 0) {
    const held = row.stances.length - missing;
    return {
      icon: '?',
      word: plural(held, { one: 'Only one takes a stance', other: 'Only # take a stance' }),
      title: t`Not every compared actor takes a stance on this position.`,
    };
  }
  return { ...AGREEMENT_LOOK[row.agreement], title: AGREEMENT_EXPLANATION[row.agreement] };
}

function AgreementBadge({ row }: { row: ComparisonRow }) {
  const { icon, word, title } = lookOf(row);
  const agreement = row.agreement;
  return (
    <span className={`agreement agreement--${agreement}`} title={title}>
      <span aria-hidden="true">{icon}</span> {word}
    </span>
  );
}

function StanceCell({
  debate,
  shortName,
  stance,
}: {
  debate: Debate;
  /** The actor's short name, told apart from any other actor's. */
  shortName: string;
  stance: Stance | null;
}) {
  return (
    <div className="compare__cell">
      <span className="compare__cell-actor">
        <DataText>{shortName}</DataText>
      </span>
      {stance ? (
        <>
          <StanceBadge value={stance.stance} />
          <p className="compare__summary">
            <DebateGlossaryText text={stance.summary} debate={debate} />
          </p>
          <StanceBasis basis={stance.basis} note={stance.basisNote} />
          <details className="compare__evidence">
            <summary>
              <Trans>Evidence</Trans>
            </summary>
            <EvidenceList evidence={sourcedEvidence(debate, stance.evidence)} />
          </details>
        </>
      ) : (
        <p className="compare__none">
          <Trans>No stance recorded.</Trans>
        </p>
      )}
    </div>
  );
}

function RowLink({ row, names }: { row: ComparisonRow; names: readonly string[] }) {
  const select = useAppStore((s) => s.select);
  const { i18n, t } = useLingui();
  // Its own message, so a language can use its own mark (Dari writes "؛").
  const separator = t({ message: '; ', comment: 'Between two actors’ stances in a list' });
  return (
    <li>
      <button type="button" className="link-button" onClick={() => select(row.position.id)}>
        <DataText>{row.position.statement}</DataText>
      </button>{' '}
      <span className="compare__who">
        (
        {row.stances
          .flatMap((s, i) => (s ? [{ name: names[i] ?? '', stance: s.stance, i }] : []))
          .map(({ name, stance, i }, n) => {
            const word = STANCE_LOOK[stance].word.toLocaleLowerCase(i18n.locale);
            return (
              <Fragment key={i}>
                {n > 0 && separator}
                <Trans>
                  <DataText>{name}</DataText>: {word}
                </Trans>
              </Fragment>
            );
          })}
        )
      </span>
    </li>
  );
}

/** The first five rows of one kind, as links to their rows, or in words why there are none. */
function TopRows({
  heading,
  rows,
  names,
  none,
}: {
  heading: ReactNode;
  rows: readonly ComparisonRow[];
  names: readonly string[];
  none: ReactNode;
}) {
  return (
    <div>
      <h3>{heading}</h3>
      {rows.length ? (
        <ul>
          {rows.slice(0, 5).map((row) => (
            <RowLink key={row.position.id} row={row} names={names} />
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}
    </div>
  );
}

function Summary({
  comparison,
  names,
}: {
  comparison: ReturnType<typeof compareActors>;
  /** The compared actors' short names, in column order. */
  names: readonly string[];
}) {
  const { summary, sharpest, commonGround } = comparison;
  const { agree, disagree, partial, none } = summary;
  const { t } = useLingui();
  return (
    <section className="compare__overview card" aria-labelledby="compare-summary">
      <h2 id="compare-summary">
        {t`Agree on ${plural(agree, { one: '# position', other: '# positions' })}, disagree on ${disagree}`}
      </h2>
      <p className="compare__counts">
        <Trans>
          {partial} more where only some take a stance or stances differ in degree; {none} where
          none of them takes a stance.
        </Trans>
      </p>
      <div className="compare__lists">
        <TopRows
          heading={<Trans>Sharpest disagreements</Trans>}
          rows={sharpest}
          names={names}
          none={<Trans>None: no position has one of them for and another against.</Trans>}
        />
        <TopRows
          heading={<Trans>Common ground</Trans>}
          rows={commonGround}
          names={names}
          none={<Trans>None: they take the same stance on no position.</Trans>}
        />
      </div>
    </section>
  );
}

/** A good first comparison in one click: the two actors who disagree most. */
function SuggestedPair({ debate }: { debate: Debate }) {
  const setCompare = useAppStore((s) => s.setCompare);
  const pair = useMemo(() => mostOpposedPair(debate), [debate]);
  const { t } = useLingui();
  if (!pair) return null;
  const [a = '', b = ''] = pair.actors.map((id) => debate.index.node.get(id)?.label ?? id);
  const positions = pair.disagree;
  return (
    <p className="compare__suggest">
      <button type="button" className="button" onClick={() => setCompare(pair.actors)}>
        <Trans>
          Compare <DataText>{a}</DataText> and <DataText>{b}</DataText>
        </Trans>
      </button>{' '}
      <span className="compare__hint">
        {t`They disagree most: on ${plural(positions, { one: '# position', other: '# positions' })}.`}
      </span>
    </p>
  );
}

function ActorPicker({ debate, compared }: { debate: Debate; compared: readonly ActorId[] }) {
  const setCompare = useAppStore((s) => s.setCompare);
  const full = compared.length >= MAX_COMPARED;
  const names = useMemo(() => distinctActorNames(debate.actors), [debate.actors]);
  const { t } = useLingui();
  const most = MAX_COMPARED;
  return (
    <LabelledSelect
      className="compare__add"
      label={<Trans>Add an actor</Trans>}
      value=""
      disabled={full}
      title={full ? t`At most ${most} actors side by side` : undefined}
      onChange={(e) => e.target.value && setCompare([...compared, e.target.value as ActorId])}
    >
      <option value="">{full ? t`${most} actors is the most` : t`Choose…`}</option>
      {debate.actors
        .filter((a) => !compared.includes(a.id))
        .map((a) => (
          <option key={a.id} value={a.id}>
            {names.get(a.id) ?? a.name}
          </option>
        ))}
    </LabelledSelect>
  );
}

/** Moves a column one place; the arrow turns with the reading direction. */
function MoveButton({
  arrow,
  ...button
}: { arrow: string } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" {...button}>
      <span className="flip-rtl" aria-hidden="true">
        {arrow}
      </span>
    </button>
  );
}

function ColumnHead({
  actor,
  name,
  index,
  compared,
}: {
  actor: ActorNode;
  /** The actor's name, told apart from any other actor's. */
  name: string;
  index: number;
  compared: readonly ActorId[];
}) {
  const setCompare = useAppStore((s) => s.setCompare);
  const select = useAppStore((s) => s.select);
  // Earlier columns stand to the right in right-to-left text: the arrows and names follow.
  const rtl = pageDirection() === 'rtl';
  const { t } = useLingui();
  const move = (by: number) => {
    const next = [...compared];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    setCompare(next);
  };
  return (
    <div className="compare__head">
      <h3>
        <button type="button" className="link-button" onClick={() => select(actor.id)}>
          <DataText>{name}</DataText>
        </button>
      </h3>
      <span className="tag">{actorKindLabel(actor.actorKind)}</span>
      <p className="compare__actor-summary">
        <DataText>{actor.summary}</DataText>
      </p>
      <div className="compare__head-actions">
        <MoveButton
          arrow="←"
          aria-label={rtl ? t`Move ${name} right` : t`Move ${name} left`}
          disabled={index === 0}
          onClick={() => move(-1)}
        />
        <MoveButton
          arrow="→"
          aria-label={rtl ? t`Move ${name} left` : t`Move ${name} right`}
          disabled={index === compared.length - 1}
          onClick={() => move(1)}
        />
        <button
          type="button"
          onClick={() => setCompare(compared.filter((id) => id !== actor.id))}
          aria-label={t`Remove ${name}`}
        >
          ✕
        </button>
      </div>
    </div>
  );
}

export function CompareView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useDrawnDebate(onDrawn);
  const compared = useAppStore((s) => s.compare);
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selected);
  const { t } = useLingui();
  const comparison = useMemo(
    () => (debate ? compareActors(debate, compared) : null),
    [debate, compared],
  );
  const names = useMemo(() => distinctActorNames(debate?.actors ?? []), [debate]);
  const shortNames = useMemo(
    () => distinctActorNames(debate?.actors ?? [], (a) => a.shortLabel),
    [debate],
  );
  if (!debate || !comparison) return null;
  const { actors } = comparison;
  const shortNameOf = (a: ActorNode) => shortNames.get(a.id) ?? a.shortLabel;
  const columns = { '--columns': Math.max(actors.length, 1) } as CSSProperties;

  return (
    <section className="compare" role="region" aria-label={t`Comparison`}>
      <div className="compare__toolbar">
        <ActorPicker debate={debate} compared={compared} />
        {actors.length < 2 && (
          <p className="compare__hint">
            <Trans>Choose two to four actors to put side by side.</Trans>
          </p>
        )}
        {actors.length === 0 && <SuggestedPair debate={debate} />}
      </div>
      {actors.length >= 2 && <Summary comparison={comparison} names={actors.map(shortNameOf)} />}
      {actors.length > 0 && (
        <div className="compare__grid" style={columns}>
          <div className="compare__row compare__row--head">
            <div className="compare__corner">
              <Trans>Position</Trans>
            </div>
            {actors.map((actor, i) => (
              <ColumnHead
                key={actor.id}
                actor={actor}
                name={names.get(actor.id) ?? actor.name}
                index={i}
                compared={actors.map((a) => a.id)}
              />
            ))}
          </div>
          {comparison.groups
            .filter((g) => g.rows.length)
            .map((group) => (
              <div
                key={group.issue.id}
                className="compare__group"
                role="group"
                aria-labelledby={`cmp-${group.issue.id}`}
              >
                <h3 id={`cmp-${group.issue.id}`} className="compare__issue">
                  <DataText>{group.issue.question}</DataText>
                </h3>
                {group.rows.map((row) => (
                  <div
                    key={row.position.id}
                    className="compare__row"
                    data-selected={selected === row.position.id || undefined}
                  >
                    <div className="compare__position">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => select(row.position.id)}
                      >
                        <DataText>{row.position.statement}</DataText>
                      </button>
                      {/* Agreement needs two: with one actor chosen there is nothing to say. */}
                      {actors.length >= 2 && <AgreementBadge row={row} />}
                      {row.mirrorOf && (
                        <p className="compare__mirror">
                          <Trans>
                            The opposite of another position here; these stances say the same again,
                            so the summary counts them once.
                          </Trans>
                        </p>
                      )}
                    </div>
                    {actors.map((actor, i) => (
                      <StanceCell
                        key={actor.id}
                        debate={debate}
                        shortName={shortNameOf(actor)}
                        stance={row.stances[i] ?? null}
                      />
                    ))}
                  </div>
                ))}
              </div>
            ))}
        </div>
      )}
    </section>
  );
}
