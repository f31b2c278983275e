// The method in plain words, with the numbers of the result on screen.
import type { StandResult } from '../../domain/stand-match';
import { MATTERS_WEIGHT, MIN_COMPARED } from '../../domain/stand-match';
import { plural } from '../../lib/plural';
import { percentText } from './words';

export function HowCalculated({ result }: { result: StandResult }) {
  const dropped = result.answered - result.counted;
  return (
    <details className="stand__how">
      <summary>How this is calculated</summary>
      <ol className="stand__how-steps">
        <li>
          Your answers and the actors’ stances go on one scale: Agree and “for” are 100, Partly and
          “conditional” are 50, Disagree and “against” are 0.
        </li>
        <li>
          “No opinion” leaves a position out. So does an actor’s unclear stance, or no stance at
          all, for that actor only.
        </li>
        <li>
          On each position you both have a view on, the distance is the gap between the two: 0, 50
          or 100. Where you ticked “This matters more to me”, it counts {MATTERS_WEIGHT} times.
        </li>
        <li>
          Agreement is 100 % minus the distance as a share of the largest distance possible (100 for
          each position compared, {MATTERS_WEIGHT * 100} where it counts twice). This is the
          “city-block” method of the EU&amp;I voting advice application.
        </li>
        <li>
          An actor compared on fewer than {MIN_COMPARED} of your positions (or on fewer than you
          answered, if you answered less) is shown apart and not ranked.
        </li>
      </ol>
      <h4>In your result</h4>
      <p>
        You answered {plural(result.answered, 'position')}: {result.counted} count
        {dropped > 0 ? `, ${dropped} with No opinion are left out` : ''}
        {result.weighted > 0 ? `, ${result.weighted} count twice` : ''}. An actor needs{' '}
        {plural(result.needed, 'position')} in common to be ranked;{' '}
        {plural(result.uncompared.length, 'actor has', 'actors have')} no stance on any of them.
      </p>
      <ul className="stand__how-numbers">
        {[...result.ranked, ...result.apart].map((m) => (
          <li key={m.actor.id}>
            {m.actor.name}: {plural(m.compared, 'position')} compared, distance {m.distance} of{' '}
            {m.maxDistance} possible: 100 % × (1 − {m.distance} ÷ {m.maxDistance}) ={' '}
            {percentText(m.percent)}
            {m.compared < result.needed ? ' (not ranked)' : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
