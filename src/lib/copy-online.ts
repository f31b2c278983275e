// Where a classroom copy's debate is online (CopyInfo.online), read only when needed:
// by Share, which offers that address since a file has none others can open, and by
// the copy maker, which passes it on to the copies a copy makes.
import { COPY_IDS } from './classroom-copy-ids';

/** The address if it is a web page's (http: or https:), without its fragment; else null. */
export function webAddress(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * For a classroom copy's page, the online address it recorded (null: none, or not a web
 * address); for any other page, undefined.
 */
export function copyOnlineAddress(doc: Document = document): string | null | undefined {
  const info = doc.getElementById(COPY_IDS.info);
  if (!(info instanceof HTMLScriptElement)) return undefined;
  try {
    return webAddress((JSON.parse(info.text) as { online?: unknown }).online);
  } catch {
    return null;
  }
}
