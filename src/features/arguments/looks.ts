// Status and relation as an icon and a word, never colour alone (as StanceBadge does).
import { t } from '@lingui/core/macro';
import type { ArgumentStatus } from '../../domain/argument-status';
import type { Relation } from '../../domain/model';
import { iconAndWord, type IconAndWord } from '../../ui/stance-look';

export const STATUS_LOOK: Record<ArgumentStatus | 'withdrawn', IconAndWord> = {
  stands: iconAndWord('✓', () => t`Stands`),
  defeated: iconAndWord('✗', () => t`Defeated`),
  undecided: iconAndWord('?', () => t`Undecided`),
  withdrawn: iconAndWord('⊘', () => t`Withdrawn`),
};

export const RELATION_LOOK: Record<Relation, IconAndWord> = {
  // Plain ASCII plus: the full-width ＋ is missing from common system fonts.
  supports: iconAndWord('+', () => t`Supports`),
  attacks: iconAndWord('−', () => t`Attacks`),
};
