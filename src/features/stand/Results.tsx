// The result beside the questions: the closest actors and how that was worked out, the
// student beside the closest, and the shared reasons. It follows every answer at once.
import { useMemo, useState, type Ref } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Debate } from '../../domain/model';
import { matchActors, type StandAnswers, type StandResult } from '../../domain/stand-match';
import { sharedReasons, type StandVerdicts } from '../../domain/stand-reasons';
import { ApartActors, ClosestActors } from './ClosestActors';
import { HowCalculated } from './HowCalculated';
import { SharedReasonsList } from './SharedReasonsList';
import { YouBeside } from './YouBeside';

export function Results({
  debate,
  answers,
  verdicts,
  headingRef,
}: {
  debate: Debate;
  answers: StandAnswers;
  verdicts: StandVerdicts;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const result = useMemo(() => matchActors(debate, answers), [debate, answers]);
  const shared = useMemo(
    () => sharedReasons(debate, answers, verdicts),
    [debate, answers, verdicts],
  );
  const [beside, setBeside] = useState(false);
  const convincing = [...verdicts.values()].filter((v) => v === 'convincing').length;
  return (
    <section className="stand__results" aria-labelledby="stand-results">
      <h2 id="stand-results" ref={headingRef} tabIndex={-1}>
        <Trans>Your result</Trans>
      </h2>
      <Closest debate={debate} result={result} />
      {result.ranked.length > 0 && (
        <>
          <button
            type="button"
            className="button"
            aria-expanded={beside}
            onClick={() => setBeside(!beside)}
          >
            <Trans>Compare with the closest</Trans>
          </button>
          {beside && <YouBeside debate={debate} answers={answers} closest={result.ranked} />}
        </>
      )}
      <ApartActors debate={debate} result={result} />
      {result.counted > 0 && <HowCalculated result={result} />}

      <h3>
        <Trans>Shared reasons</Trans>
      </h3>
      {convincing === 0 ? (
        <p className="stand__hint">
          <Trans>
            Open “Reasons given in the debate” under a position and mark the arguments you find
            convincing or not: the actors who make or rely on the same reasons appear here.
          </Trans>
        </p>
      ) : shared.length === 0 ? (
        <p className="stand__hint">
          <Trans>
            No actor makes or relies on the arguments that still stand for you, on positions where
            that can be compared.
          </Trans>
        </p>
      ) : (
        <SharedReasonsList shared={shared} />
      )}
    </section>
  );
}

function Closest({ debate, result }: { debate: Debate; result: StandResult }) {
  const { t } = useLingui();
  if (result.counted === 0)
    return (
      <p className="stand__empty">
        {result.answered > 0
          ? t`You chose No opinion on every position you answered, so there is nothing to compare: no actor is ranked.`
          : t`Answer a position with Agree, Partly or Disagree, and the actors closest to your answers appear here.`}
      </p>
    );
  if (result.ranked.length + result.apart.length === 0)
    return (
      <p className="stand__empty">
        <Trans>
          No actor has a recorded stance on the positions you answered, so no actor is ranked.
        </Trans>
      </p>
    );
  return <ClosestActors debate={debate} result={result} />;
}
