// "Compare with the closest": the student's answers beside the 1–3 closest actors'
// stances, position by position. It stays inside this view: the Compare view's columns
// are the link's `compare=` actors, and a shared or reloaded link must show the same
// screen, so it has no place for answers that never leave the device. "Open in Compare"
// takes the same actors there, with their evidence.
import { useId } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Debate, PositionId } from '../../domain/model';
import type { ActorMatch, StandAnswers } from '../../domain/stand-match';
import { useAppStore } from '../../store/store-context';
import { StanceBadge } from '../../ui/StanceBadge';
import { formatList } from '../../lib/intl';
import { answerWord } from './words';

export const MAX_BESIDE = 3;

export function YouBeside({
  debate,
  answers,
  closest,
}: {
  debate: Debate;
  answers: StandAnswers;
  closest: readonly ActorMatch[];
}) {
  const { t, i18n } = useLingui();
  const startComparison = useAppStore((s) => s.startComparison);
  const headingId = useId();
  const actors = closest.slice(0, MAX_BESIDE).map((m) => m.actor);
  const stanceOf = (actor: (typeof actors)[number], position: PositionId) =>
    debate.index.stancesOfActor.get(actor.id)?.find((s) => s.position === position);
  const rows = debate.positions.filter((p) => answers.has(p.id));
  const names = formatList(
    i18n.locale,
    actors.map((a) => a.shortLabel),
  );
  const count = actors.length;
  return (
    <section className="stand__beside card" role="region" aria-labelledby={headingId}>
      <h4 id={headingId}>{t`You beside ${names}`}</h4>
      <ul className="stand__beside-rows">
        {rows.map((position) => {
          const given = answers.get(position.id);
          return (
            <li key={position.id}>
              <p className="stand__row-statement" dir="auto">
                {position.statement}
              </p>
              <dl className="stand__beside-cells">
                <div>
                  <dt>
                    <Trans>You</Trans>
                  </dt>
                  <dd>
                    <strong>{given ? answerWord(given.answer) : ''}</strong>
                  </dd>
                </div>
                {actors.map((actor) => {
                  const stance = stanceOf(actor, position.id);
                  return (
                    <div key={actor.id}>
                      <dt>{actor.shortLabel}</dt>
                      <dd>{stance ? <StanceBadge value={stance.stance} /> : t`No stance`}</dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          );
        })}
      </ul>
      {actors.length >= 2 && (
        <button
          type="button"
          className="button"
          onClick={() => startComparison(actors.map((a) => a.id))}
        >
          {count === 2
            ? t`Open both in Compare, with their evidence`
            : t`Open these ${count} in Compare, with their evidence`}
        </button>
      )}
    </section>
  );
}
