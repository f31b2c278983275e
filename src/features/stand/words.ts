// The words of "Where do you stand?", in one place. None of them says which answer is
// right: the answers are the student's, the actors' stances are the sources'.
import type { Answer, RowStatus } from '../../domain/stand-match';

export const ANSWER_WORD: Readonly<Record<Answer, string>> = {
  agree: 'Agree',
  partly: 'Partly',
  disagree: 'Disagree',
  none: 'No opinion',
};

export const MATTERS_LABEL = 'This matters more to me';

/** How far apart an answer and a stance are, from the gap on the 0–100 scale. */
export function gapWords(gap: number): string {
  if (gap === 0) return 'Same view';
  if (gap === 100) return 'Opposite views';
  return 'One step apart';
}

export const LEFT_OUT: Readonly<Record<Exclude<RowStatus, 'compared'>, string>> = {
  'no-stance': 'No stance recorded for them here, so this position is left out.',
  unclear: 'Their stance here is unclear, so this position is left out.',
};

/** "85 %", as the contract writes it, never broken across lines (CSS keeps it whole). */
export function percentText(percent: number): string {
  return `${percent} %`;
}
