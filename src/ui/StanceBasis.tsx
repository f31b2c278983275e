// Where a stance comes from, as an icon and a word (never colour alone), and the reason
// when the author gave one: "Inferred — read from the delegation's planned attendance…".
// Students must be able to tell a stance the sources state from one read into them.
import type { StanceBasis as Basis } from '../domain/model';
import { BASIS_LOOK } from './basis-look';
import './stance-basis.css';

/**
 * The basis badge and, unless `compact`, the reason below it. Compact (a matrix cell)
 * shows only the icon, and only for bases worth a second look: reported and inferred.
 * Folded (a long panel of stances) keeps the reason one click behind the badge.
 */
export function StanceBasis({
  basis,
  note,
  compact = false,
  folded = false,
}: {
  basis: Basis | undefined;
  note?: string | undefined;
  compact?: boolean;
  folded?: boolean;
}) {
  if (!basis) return null;
  const { icon, word, meaning } = BASIS_LOOK[basis];
  // A stated stance needs no gloss unless the author gave a note.
  const why = note ?? (basis === 'stated' ? null : meaning);
  if (compact) {
    if (basis === 'stated') return null;
    return (
      <span className={`basis basis--${basis} basis--compact`} title={`${word}: ${meaning}`}>
        <span aria-hidden="true">{icon}</span>
        <span className="visually-hidden">{word}</span>
      </span>
    );
  }
  const badge = (
    <span className={`basis basis--${basis}`} title={meaning}>
      <span aria-hidden="true">{icon}</span> {word}
    </span>
  );
  if (folded && why)
    return (
      <details className="basis-block">
        <summary>{badge}</summary>
        <span className="basis-block__why">{why}</span>
      </details>
    );
  return (
    <span className="basis-block">
      {badge} {why && <span className="basis-block__why">{why}</span>}
    </span>
  );
}
