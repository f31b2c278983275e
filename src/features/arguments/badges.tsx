// Status and relation as an icon and a word, never colour alone (as StanceBadge does).
import type { ArgumentStatus } from '../../domain/argument-status';
import type { Relation } from '../../domain/model';

export const STATUS_LOOK: Record<
  ArgumentStatus | 'withdrawn',
  { readonly icon: string; readonly word: string }
> = {
  stands: { icon: '✓', word: 'Stands' },
  defeated: { icon: '✗', word: 'Defeated' },
  undecided: { icon: '?', word: 'Undecided' },
  withdrawn: { icon: '⊘', word: 'Withdrawn' },
};

export const RELATION_LOOK: Record<Relation, { readonly icon: string; readonly word: string }> = {
  // Plain ASCII plus: the full-width ＋ is missing from common system fonts.
  supports: { icon: '+', word: 'Supports' },
  attacks: { icon: '−', word: 'Attacks' },
};

export function StatusBadge({ status }: { status: ArgumentStatus | 'withdrawn' }) {
  const { icon, word } = STATUS_LOOK[status];
  return (
    <span className={`arg-status arg-status--${status}`}>
      <span aria-hidden="true" className="arg-status__icon">
        {icon}
      </span>{' '}
      {word}
    </span>
  );
}

export function RelationBadge({ relation }: { relation: Relation }) {
  const { icon, word } = RELATION_LOOK[relation];
  return (
    <span className={`arg-relation arg-relation--${relation}`}>
      <span aria-hidden="true" className="arg-relation__icon">
        {icon}
      </span>{' '}
      {word}
    </span>
  );
}
