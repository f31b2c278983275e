import { FRAGMENT_KEY } from '../../domain/stand-code';
import { DEFAULT_SHAREABLE } from '../../store/app-store';
import { stateUrl } from '../../store/share-url';

/** This page's address opening "Where do you stand?" with the code's answers filled in. */
export function standLink(code: string, href: string): string {
  return `${stateUrl({ ...DEFAULT_SHAREABLE, view: 'stand' }, href, { embed: false })}#${FRAGMENT_KEY}=${code}`;
}
