import type { StanceValue } from '../domain/model';
import './stance-badge.css';

/** A stance as an icon and a word, never colour alone. */
export const STANCE_LOOK: Record<StanceValue, { readonly icon: string; readonly word: string }> = {
  for: { icon: '✓', word: 'For' },
  against: { icon: '✗', word: 'Against' },
  conditional: { icon: '◐', word: 'Conditional' },
  unclear: { icon: '?', word: 'Unclear' },
};

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
