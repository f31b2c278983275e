import type { StanceValue } from '../domain/model';
import { IconWordBadge } from './IconWordBadge';
import { STANCE_LOOK } from './stance-look';
import './stance-badge.css';

/** A stance as an icon and a word, never colour alone. */
export function StanceBadge({ value }: { value: StanceValue }) {
  return <IconWordBadge look={STANCE_LOOK[value]} block="stance" variant={value} />;
}
