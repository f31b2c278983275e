// The method in plain words, with the numbers of the result on screen.
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { StandResult } from '../../domain/stand-match';
import { MATTERS_WEIGHT, MIN_COMPARED } from '../../domain/stand-match';
import { percentText } from './words';

export function HowCalculated({ result }: { result: StandResult }) {
  const { t } = useLingui();
  const { answered, counted, weighted, needed } = result;
  const dropped = answered - counted;
  const uncompared = result.uncompared.length;
  const weight = MATTERS_WEIGHT;
  const weightedMax = MATTERS_WEIGHT * 100;
  const minimum = MIN_COMPARED;
  // One sentence a part, so that each reads whole in every language.
  const summary = [
    t`You answered ${plural(answered, { one: '# position', other: '# positions' })}: ${counted} count.`,
    dropped > 0 ? t`${dropped} with No opinion are left out.` : '',
    weighted > 0 ? t`${weighted} count twice.` : '',
    t`An actor needs ${plural(needed, { one: '# position', other: '# positions' })} in common to be ranked; ${plural(uncompared, { one: '# actor has', other: '# actors have' })} no stance on any of them.`,
  ];
  return (
    <details className="stand__how">
      <summary>
        <Trans>How this is calculated</Trans>
      </summary>
      <ol className="stand__how-steps">
        <li>
          <Trans>
            Your answers and the actors’ stances go on one scale: Agree and “for” are 100, Partly
            and “conditional” are 50, Disagree and “against” are 0.
          </Trans>
        </li>
        <li>
          <Trans>
            “No opinion” leaves a position out. So does an actor’s unclear stance, or no stance at
            all, for that actor only.
          </Trans>
        </li>
        <li>
          <Trans>
            On each position you both have a view on, the distance is the gap between the two: 0, 50
            or 100. Where you ticked “This matters more to me”, it counts {weight} times.
          </Trans>
        </li>
        <li>
          <Trans>
            Agreement is 100 % minus the distance as a share of the largest distance possible (100
            for each position compared, {weightedMax} where it counts twice). This is the
            “city-block” method of the EU&amp;I voting advice application.
          </Trans>
        </li>
        <li>
          <Trans>
            An actor compared on fewer than {minimum} of your positions (or on fewer than you
            answered, if you answered less) is shown apart and not ranked.
          </Trans>
        </li>
      </ol>
      <h4>
        <Trans>In your result</Trans>
      </h4>
      <p>{summary.filter(Boolean).join(' ')}</p>
      <ul className="stand__how-numbers">
        {[...result.ranked, ...result.apart].map((m) => {
          const name = m.actor.name;
          const { distance, maxDistance } = m;
          const percent = percentText(m.percent);
          const compared = m.compared;
          const positions = plural(compared, { one: '# position', other: '# positions' });
          return (
            <li key={m.actor.id}>
              {m.compared < needed
                ? t`${name}: ${positions} compared, distance ${distance} of ${maxDistance} possible: 100 % × (1 − ${distance} ÷ ${maxDistance}) = ${percent} (not ranked)`
                : t`${name}: ${positions} compared, distance ${distance} of ${maxDistance} possible: 100 % × (1 − ${distance} ÷ ${maxDistance}) = ${percent}`}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
