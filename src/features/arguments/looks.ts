// Status and relation as an icon and a word, never colour alone (as StanceBadge does).
import type { ArgumentStatus } from '../../domain/argument-status';
import type { Relation } from '../../domain/model';
import type { IconAndWord } from '../../ui/stance-look';

export const STATUS_LOOK: Record<ArgumentStatus | 'withdrawn', IconAndWord> = {
  stands: { icon: '✓', word: 'Stands' },
  defeated: { icon: '✗', word: 'Defeated' },
  undecided: { icon: '?', word: 'Undecided' },
  withdrawn: { icon: '⊘', word: 'Withdrawn' },
};

export const RELATION_LOOK: Record<Relation, IconAndWord> = {
  // Plain ASCII plus: the full-width ＋ is missing from common system fonts.
  supports: { icon: '+', word: 'Supports' },
  attacks: { icon: '−', word: 'Attacks' },
};
