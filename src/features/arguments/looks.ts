// Status and relation as an icon and a word, never colour alone (as StanceBadge does).
import { t } from '@lingui/core/macro';
import type { ArgumentStatus } from '../../domain/argument-status';
import type { Relation } from '../../domain/model';
import type { IconAndWord } from '../../ui/stance-look';

// Getters: the words are read when shown, so they follow the interface language.
export const STATUS_LOOK: Record<ArgumentStatus | 'withdrawn', IconAndWord> = {
  stands: {
    icon: '✓',
    get word() {
      return t`Stands`;
    },
  },
  defeated: {
    icon: '✗',
    get word() {
      return t`Defeated`;
    },
  },
  undecided: {
    icon: '?',
    get word() {
      return t`Undecided`;
    },
  },
  withdrawn: {
    icon: '⊘',
    get word() {
      return t`Withdrawn`;
    },
  },
};

export const RELATION_LOOK: Record<Relation, IconAndWord> = {
  // Plain ASCII plus: the full-width ＋ is missing from common system fonts.
  supports: {
    icon: '+',
    get word() {
      return t`Supports`;
    },
  },
  attacks: {
    icon: '−',
    get word() {
      return t`Attacks`;
    },
  },
};
