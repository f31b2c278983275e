// The notes under the matrix controls: how the agreement score works, and what the
// marks of an inferred or reported stance mean.
import { Trans } from '@lingui/react/macro';
import { AGREEMENT_SCORE_EXPLANATION } from '../../domain/comparison';
import type { Debate } from '../../domain/model';
import { BASIS_LOOK } from '../../ui/basis-look';
import type { SortMode } from './matrix-model';

export function MatrixNotes({ debate, mode }: { debate: Debate; mode: SortMode }) {
  const inferred = BASIS_LOOK.inferred.icon;
  const reported = BASIS_LOOK.reported.icon;
  return (
    <>
      {mode === 'agreement' && (
        <p className="matrix__note">
          <Trans>
            <strong>How the score works:</strong> {AGREEMENT_SCORE_EXPLANATION}
          </Trans>
        </p>
      )}
      {debate.stances.some((s) => s.basis === 'inferred' || s.basis === 'reported') && (
        <p className="matrix__note">
          <Trans>
            <span aria-hidden="true">{inferred}</span> marks an inferred stance: the editor’s
            reading, not said in the sources. <span aria-hidden="true">{reported}</span> marks a
            reported one, passed on from another outlet’s report. Open a stance to see why.
          </Trans>
        </p>
      )}
    </>
  );
}
