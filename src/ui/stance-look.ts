import { t } from '@lingui/core/macro';
import type { StanceValue } from '../domain/model';

/** How a value is shown: an icon and a word, never colour alone. */
export interface IconAndWord {
  readonly icon: string;
  readonly word: string;
}

/**
 * An icon and a word read when shown (a getter), so that the word follows the interface
 * language even in a table made once when the module loads.
 */
export function iconAndWord(icon: string, word: () => string): IconAndWord {
  return {
    icon,
    get word() {
      return word();
    },
  };
}

export const STANCE_LOOK: Record<StanceValue, IconAndWord> = {
  for: iconAndWord('✓', () => t`For`),
  against: iconAndWord('✗', () => t`Against`),
  conditional: iconAndWord('◐', () => t`Conditional`),
  unclear: iconAndWord('?', () => t`Unclear`),
};
