// Badges for an argument's status and relation (their icons and words: looks.ts).
import type { ArgumentStatus } from '../../domain/argument-status';
import type { Relation } from '../../domain/model';
import { IconWordBadge } from '../../ui/IconWordBadge';
import { RELATION_LOOK, STATUS_LOOK } from './looks';

export function StatusBadge({ status }: { status: ArgumentStatus | 'withdrawn' }) {
  return <IconWordBadge look={STATUS_LOOK[status]} block="arg-status" variant={status} />;
}

export function RelationBadge({ relation }: { relation: Relation }) {
  return <IconWordBadge look={RELATION_LOOK[relation]} block="arg-relation" variant={relation} />;
}
