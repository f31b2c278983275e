import { t } from '@lingui/core/macro';
import type { StanceValue } from '../domain/model';

/** How a value is shown: an icon and a word, never colour alone. */
export interface IconAndWord {
  readonly icon: string;
  readonly word: string;
}

// The words are read when shown (getters), so they follow the interface language.
export const STANCE_LOOK: Record<StanceValue, IconAndWord> = {
  for: {
    icon: '✓',
    get word() {
      return t`For`;
    },
  },
  against: {
    icon: '✗',
    get word() {
      return t`Against`;
    },
  },
  conditional: {
    icon: '◐',
    get word() {
      return t`Conditional`;
    },
  },
  unclear: {
    icon: '?',
    get word() {
      return t`Unclear`;
    },
  },
};
