// The words of "Where do you stand?", in one place. None of them says which answer is
// right: the answers are the student's, the actors' stances are the sources'. Each is
// read when shown, so it follows the interface language.
import { t } from '@lingui/core/macro';
import type { Answer, RowStatus } from '../../domain/stand-match';

export function answerWord(answer: Answer): string {
  switch (answer) {
    case 'agree':
      return t`Agree`;
    case 'partly':
      return t`Partly`;
    case 'disagree':
      return t`Disagree`;
    case 'none':
      return t`No opinion`;
  }
}

export function mattersLabel(): string {
  return t`This matters more to me`;
}

/** How far apart an answer and a stance are, from the gap on the 0–100 scale. */
export function gapWords(gap: number): string {
  if (gap === 0) return t`Same view`;
  if (gap === 100) return t`Opposite views`;
  return t`One step apart`;
}

/** Why a position is left out of an actor's score. */
export function leftOut(status: Exclude<RowStatus, 'compared'>): string {
  switch (status) {
    case 'no-stance':
      return t`No stance recorded for them here, so this position is left out.`;
    case 'unclear':
      return t`Their stance here is unclear, so this position is left out.`;
  }
}

/** "85 %", as the contract writes it, never broken across lines (CSS keeps it whole). */
export function percentText(percent: number): string {
  return `${percent} %`;
}
