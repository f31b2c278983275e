import type { StanceValue } from '../domain/model';

/** How a value is shown: an icon and a word, never colour alone. */
export interface IconAndWord {
  readonly icon: string;
  readonly word: string;
}

export const STANCE_LOOK: Record<StanceValue, IconAndWord> = {
  for: { icon: '✓', word: 'For' },
  against: { icon: '✗', word: 'Against' },
  conditional: { icon: '◐', word: 'Conditional' },
  unclear: { icon: '?', word: 'Unclear' },
};
