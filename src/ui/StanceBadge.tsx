import type { StanceValue } from '../domain/model';
import { STANCE_LOOK } from './stance-look';
import './stance-badge.css';

/** A stance as an icon and a word, never colour alone. */
export function StanceBadge({ value }: { value: StanceValue }) {
  const { icon, word } = STANCE_LOOK[value];
  return (
    <span className={`stance stance--${value}`}>
      <span aria-hidden="true" className="stance__icon">
        {icon}
      </span>{' '}
      {word}
    </span>
  );
}
