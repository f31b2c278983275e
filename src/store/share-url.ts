// Links to what is on screen, for sharing and embedding (url-and-embed.md): the page's
// own address with the current state written into it, with or without `embed=1`.
import { useMemo } from 'react';
import type { ShareableState } from './app-store';
import { useAppStore, useAppStoreShallow } from './store-context';
import { shareableOf, writeUrlState } from './url-state';

/**
 * The address of `href`'s page showing `state` (null: the query string as it is), in
 * embed mode or not. Parameters the app does not own (`dataset`, `data`, …) are kept;
 * the fragment is dropped.
 */
export function stateUrl(
  state: ShareableState | null,
  href: string,
  { embed }: { embed: boolean },
): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  let search = state
    ? writeUrlState(state, params.toString())
    : params.toString() && `?${params.toString().replace(/%2C/gi, ',')}`;
  if (embed) search += `${search ? '&' : '?'}embed=1`;
  url.search = search;
  url.hash = '';
  return url.href;
}

/**
 * The link to the current state, kept up to date as the reader moves about; `page` is
 * the address it is written into (default: this page's).
 */
export function useStateUrl(embed: boolean, page?: string): string {
  const loaded = useAppStore((s) => s.debate !== null);
  const state = useAppStoreShallow(shareableOf);
  // Before a debate is loaded the store holds defaults, not what the link asks for.
  return useMemo(
    () => stateUrl(loaded ? state : null, page ?? window.location.href, { embed }),
    [loaded, state, embed, page],
  );
}
