import type { IconAndWord } from './stance-look';

/**
 * A value as an icon and a word, never colour alone. `block` names its CSS: the badge is
 * `block block--variant`, its icon `block__icon` (hidden from screen readers: the word says it).
 */
export function IconWordBadge({
  look,
  block,
  variant,
}: {
  look: IconAndWord;
  block: string;
  variant: string;
}) {
  return (
    <span className={`${block} ${block}--${variant}`}>
      <span aria-hidden="true" className={`${block}__icon`}>
        {look.icon}
      </span>{' '}
      {look.word}
    </span>
  );
}
