// Actors side by side: one column per actor, issues and their positions as rows, the
// agreement of each row in words, and a summary of where they meet and collide.
import { useEffect, useMemo, type CSSProperties } from 'react';
import {
  AGREEMENT_EXPLANATION,
  compareActors,
  type Agreement,
  type ComparisonRow,
} from '../../domain/comparison';
import { actorKindLabel } from '../../domain/actor-kind';
import { mostOpposedPair } from '../../domain/suggest-pair';
import { sourcedEvidence } from '../../domain/details';
import type { ActorId, ActorNode, Debate, Stance } from '../../domain/model';
import { MAX_COMPARED } from '../../store/app-store';
import { useAppStore } from '../../store/store-context';
import { EvidenceList } from '../../ui/EvidenceList';
import { StanceBadge } from '../../ui/StanceBadge';
import { GlossaryText } from '../../ui/GlossaryText';
import './compare.css';

const AGREEMENT_LOOK: Record<Agreement, { icon: string; word: string }> = {
  agree: { icon: '=', word: 'Agree' },
  disagree: { icon: '≠', word: 'Disagree' },
  partial: { icon: '~', word: 'Partly' },
  none: { icon: '–', word: 'No stances' },
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
      word: held === 1 ? 'Only one takes a stance' : `Only ${held} take a stance`,
      title: 'Not every compared actor takes a stance on this position.',
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
  actor,
  stance,
}: {
  debate: Debate;
  actor: ActorNode;
  stance: Stance | null;
}) {
  return (
    <div className="compare__cell">
      <span className="compare__cell-actor">{actor.shortLabel}</span>
      {stance ? (
        <>
          <StanceBadge value={stance.stance} />
          <p className="compare__summary">
            <GlossaryText
              text={stance.summary}
              glossary={debate.glossary}
              language={debate.meta.language}
            />
          </p>
          <details className="compare__evidence">
            <summary>Evidence</summary>
            <EvidenceList evidence={sourcedEvidence(debate, stance.evidence)} />
          </details>
        </>
      ) : (
        <p className="compare__none">No stance recorded.</p>
      )}
    </div>
  );
}

function RowLink({ row, names }: { row: ComparisonRow; names: readonly string[] }) {
  const select = useAppStore((s) => s.select);
  return (
    <li>
      <button type="button" className="link-button" onClick={() => select(row.position.id)}>
        {row.position.statement}
      </button>{' '}
      <span className="compare__who">
        (
        {row.stances
          .map((s, i) => (s ? `${names[i]}: ${s.stance}` : null))
          .filter(Boolean)
          .join('; ')}
        )
      </span>
    </li>
  );
}

function Summary({ comparison }: { comparison: ReturnType<typeof compareActors> }) {
  const { summary, sharpest, commonGround, actors } = comparison;
  const names = actors.map((a) => a.shortLabel);
  return (
    <section className="compare__overview card" aria-labelledby="compare-summary">
      <h2 id="compare-summary">
        Agree on {summary.agree} position{summary.agree === 1 ? '' : 's'}, disagree on{' '}
        {summary.disagree}
      </h2>
      <p className="compare__counts">
        {summary.partial} more where only some take a stance or stances differ in degree;{' '}
        {summary.none} where none of them takes a stance.
      </p>
      <div className="compare__lists">
        <div>
          <h3>Sharpest disagreements</h3>
          {sharpest.length ? (
            <ul>
              {sharpest.slice(0, 5).map((row) => (
                <RowLink key={row.position.id} row={row} names={names} />
              ))}
            </ul>
          ) : (
            <p>None: no position has one of them for and another against.</p>
          )}
        </div>
        <div>
          <h3>Common ground</h3>
          {commonGround.length ? (
            <ul>
              {commonGround.slice(0, 5).map((row) => (
                <RowLink key={row.position.id} row={row} names={names} />
              ))}
            </ul>
          ) : (
            <p>None: they take the same stance on no position.</p>
          )}
        </div>
      </div>
    </section>
  );
}

/** A good first comparison in one click: the two actors who disagree most. */
function SuggestedPair({ debate }: { debate: Debate }) {
  const setCompare = useAppStore((s) => s.setCompare);
  const pair = useMemo(() => mostOpposedPair(debate), [debate]);
  if (!pair) return null;
  const [a, b] = pair.actors.map((id) => debate.index.node.get(id)?.label ?? id);
  return (
    <p className="compare__suggest">
      <button type="button" className="button" onClick={() => setCompare(pair.actors)}>
        Compare {a} and {b}
      </button>{' '}
      <span className="compare__hint">
        They disagree most: on {pair.disagree} position{pair.disagree === 1 ? '' : 's'}.
      </span>
    </p>
  );
}

function ActorPicker({ debate, compared }: { debate: Debate; compared: readonly ActorId[] }) {
  const setCompare = useAppStore((s) => s.setCompare);
  const full = compared.length >= MAX_COMPARED;
  return (
    <label className="compare__add">
      <span>Add an actor</span>
      <select
        value=""
        disabled={full}
        title={full ? `At most ${MAX_COMPARED} actors side by side` : undefined}
        onChange={(e) => e.target.value && setCompare([...compared, e.target.value as ActorId])}
      >
        <option value="">{full ? `${MAX_COMPARED} actors is the most` : 'Choose…'}</option>
        {debate.actors
          .filter((a) => !compared.includes(a.id))
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
      </select>
    </label>
  );
}

function ColumnHead({
  actor,
  index,
  compared,
}: {
  actor: ActorNode;
  index: number;
  compared: readonly ActorId[];
}) {
  const setCompare = useAppStore((s) => s.setCompare);
  const select = useAppStore((s) => s.select);
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
          {actor.name}
        </button>
      </h3>
      <span className="tag">{actorKindLabel(actor.actorKind)}</span>
      <p className="compare__actor-summary">{actor.summary}</p>
      <div className="compare__head-actions">
        <button
          type="button"
          onClick={() => move(-1)}
          disabled={index === 0}
          aria-label={`Move ${actor.name} left`}
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => move(1)}
          disabled={index === compared.length - 1}
          aria-label={`Move ${actor.name} right`}
        >
          →
        </button>
        <button
          type="button"
          onClick={() => setCompare(compared.filter((id) => id !== actor.id))}
          aria-label={`Remove ${actor.name}`}
        >
          ✕
        </button>
      </div>
    </div>
  );
}

export function CompareView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useAppStore((s) => s.debate);
  const compared = useAppStore((s) => s.compare);
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selected);
  const comparison = useMemo(
    () => (debate ? compareActors(debate, compared) : null),
    [debate, compared],
  );
  useEffect(onDrawn, [onDrawn]);
  if (!debate || !comparison) return null;
  const { actors } = comparison;
  const columns = { '--columns': Math.max(actors.length, 1) } as CSSProperties;

  return (
    <section className="compare" role="region" aria-label="Comparison">
      <div className="compare__toolbar">
        <ActorPicker debate={debate} compared={compared} />
        {actors.length < 2 && (
          <p className="compare__hint">Choose two to four actors to put side by side.</p>
        )}
        {actors.length === 0 && <SuggestedPair debate={debate} />}
      </div>
      {actors.length >= 2 && <Summary comparison={comparison} />}
      {actors.length > 0 && (
        <div className="compare__grid" style={columns}>
          <div className="compare__row compare__row--head">
            <div className="compare__corner">Position</div>
            {actors.map((actor, i) => (
              <ColumnHead
                key={actor.id}
                actor={actor}
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
                  {group.issue.question}
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
                        {row.position.statement}
                      </button>
                      {/* Agreement needs two: with one actor chosen there is nothing to say. */}
                      {actors.length >= 2 && <AgreementBadge row={row} />}
                    </div>
                    {actors.map((actor, i) => (
                      <StanceCell
                        key={actor.id}
                        debate={debate}
                        actor={actor}
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
