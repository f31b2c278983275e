// The actors closest to the student's answers, ranked, each opening its breakdown:
// position by position, the actor's stance with its basis and quote, and where the
// student differs.
// Actors compared on too few positions are listed apart, unranked.
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { sourcedEvidence } from '../../domain/lookups';
import type { Debate } from '../../domain/model';
import type { ActorMatch, MatchRow, StandResult } from '../../domain/stand-match';
import { EvidenceList } from '../../ui/EvidenceList';
import { StanceBadge } from '../../ui/StanceBadge';
import { StanceBasis } from '../../ui/StanceBasis';
import { useDisclosure } from '../../ui/use-disclosure';
import { answerWord, gapWords, leftOut, percentText } from './words';

export function ClosestActors({ debate, result }: { debate: Debate; result: StandResult }) {
  const { t } = useLingui();
  return (
    <ol className="stand__closest" aria-label={t`Closest actors`}>
      {result.ranked.map((match, i) => (
        <MatchItem key={match.actor.id} debate={debate} match={match} rank={i + 1} />
      ))}
    </ol>
  );
}

/** The actors compared on too few positions: listed, folded away, never ranked. */
export function ApartActors({ debate, result }: { debate: Debate; result: StandResult }) {
  const { t } = useLingui();
  const apart = result.apart.length;
  const needed = result.needed;
  if (apart === 0) return null;
  return (
    <details className="stand__apart">
      <summary>
        {t`${plural(apart, { one: '# more actor', other: '# more actors' })}, compared on too few positions to rank`}
      </summary>
      <p className="stand__hint">
        {t`These actors have a stance on fewer than ${plural(needed, { one: '# position', other: '# positions' })} you answered, so one or two positions would decide their score. They are shown here, not ranked.`}
      </p>
      <ul className="stand__closest" aria-label={t`Not ranked: too few positions compared`}>
        {result.apart.map((match) => (
          <MatchItem key={match.actor.id} debate={debate} match={match} />
        ))}
      </ul>
    </details>
  );
}

/** Where the student differs first, widest gap first; positions left out last. */
function byDifference(rows: readonly MatchRow[]): MatchRow[] {
  return [...rows].sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1));
}

function MatchItem({ debate, match, rank }: { debate: Debate; match: ActorMatch; rank?: number }) {
  const { t } = useLingui();
  const { open, panelId: id, toggle } = useDisclosure();
  const differ = match.rows.filter((row) => row.gap !== null && row.gap > 0).length;
  const compared = match.compared;
  const actor = match.actor.shortLabel;
  return (
    <li className="stand__match">
      <button type="button" className="stand__match-head" {...toggle}>
        {rank !== undefined && (
          <span className="stand__rank" aria-hidden="true">
            {rank}
          </span>
        )}
        <span className="stand__match-name">{match.actor.name}</span>
        <span className="stand__percent">{percentText(match.percent)}</span>
        <span className="stand__bar" aria-hidden="true">
          <span style={{ width: `${match.percent}%` }} />
        </span>
        <span className="stand__match-meta">
          {differ > 0
            ? t`compared on ${plural(compared, { one: '# position', other: '# positions' })}, you differ on ${differ}`
            : t`compared on ${plural(compared, { one: '# position', other: '# positions' })}`}
        </span>
      </button>
      <div id={id} className="stand__breakdown" hidden={!open}>
        {open && (
          <ul>
            {byDifference(match.rows).map((row) => {
              const answer = answerWord(row.answer);
              return (
                <li key={row.position.id} className="stand__row" data-gap={row.gap ?? 'left-out'}>
                  <p className="stand__row-statement" dir="auto">
                    {row.position.statement}
                  </p>
                  <p className="stand__row-views">
                    <span>
                      {row.weight > 1 ? (
                        <Trans>
                          You: <strong>{answer}</strong> (counts twice)
                        </Trans>
                      ) : (
                        <Trans>
                          You: <strong>{answer}</strong>
                        </Trans>
                      )}
                    </span>
                    <span>
                      {row.stance ? (
                        <Trans>
                          <bdi>{actor}</bdi>: <StanceBadge value={row.stance.stance} />
                        </Trans>
                      ) : (
                        <Trans>
                          <bdi>{actor}</bdi>: no stance
                        </Trans>
                      )}
                    </span>
                    {row.gap !== null && (
                      <strong className="stand__gap">{gapWords(row.gap)}</strong>
                    )}
                  </p>
                  {row.status !== 'compared' && (
                    <p className="stand__hint">{leftOut(row.status)}</p>
                  )}
                  {row.stance && (
                    <>
                      {row.stance.summary && <p>{row.stance.summary}</p>}
                      {/* An inferred stance is the editor's reading: a student must see that before trusting the match. */}
                      <StanceBasis basis={row.stance.basis} note={row.stance.basisNote} />
                      <EvidenceList evidence={sourcedEvidence(debate, row.stance.evidence)} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </li>
  );
}
