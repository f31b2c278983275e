// Badges for an argument's status and relation (their icons and words: looks.ts).
import type { ArgumentStatus } from '../../domain/argument-status';
import type { Relation } from '../../domain/model';
import { RELATION_LOOK, STATUS_LOOK } from './looks';

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
