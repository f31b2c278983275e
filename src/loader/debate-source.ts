// Where a debate came from, and which `?data=` links the app is willing to follow
// (url-and-embed.md). Plain TypeScript: the app, the store and tests share it.
import { problem, shown, type LoaderMessage, type Problem } from './problems';

/** Provenance: a debate that did not ship with the app always says where it is from. */
export type DebateSource =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'url'; readonly host: string; readonly url: string };

export const BUNDLED: DebateSource = { kind: 'bundled' };

export interface LinkRules {
  /** The page's own address: relative links resolve against it, and same-origin links are always allowed. */
  readonly pageUrl: string;
  /**
   * The hosts other sites may serve debates from; empty means any https: host. An entry
   * `*.example.org` also allows every sub-domain of example.org.
   */
  readonly allowedHosts: readonly string[];
  /**
   * Whether another origin on this machine (localhost, 127.0.0.0/8, [::1]) may serve a
   * debate: for authors trying a file out, in development builds or with
   * VITE_ALLOW_LOOPBACK_DATA=1. Off, a shared link can never make a reader's browser
   * send a request to their own computer. The page's own origin is always allowed.
   */
  readonly allowLoopback?: boolean;
}

export type LinkCheck =
  | { readonly ok: true; readonly url: string; readonly host: string }
  | { readonly ok: false; readonly problem: Problem };

/**
 * This machine, however a link may spell it, given a host name as the URL parser writes it
 * (which already turns 127.1, 0x7f000001 and 0 into dotted IPv4).
 */
export function isLoopback(hostname: string): boolean {
  // A trailing dot names the same host: "localhost." is this machine too.
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '0.0.0.0' || /^127(\.\d{1,3}){3}$/.test(host)) return true;
  const ipv6 = /^\[(.*)\]$/.exec(host)?.[1];
  if (ipv6 === undefined) return false;
  if (ipv6 === '::1' || ipv6 === '::') return true;
  // An IPv4 address of this machine inside IPv6: mapped (::ffff:7f00:1 is 127.0.0.1,
  // ::ffff:0:0 is 0.0.0.0) or in the old compatible form (::7f00:1).
  const mapped = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ipv6);
  if (!mapped) return false;
  const high = parseInt(mapped[1] ?? '', 16);
  const low = parseInt(mapped[2] ?? '', 16);
  return high >> 8 === 127 || (high === 0 && low === 0);
}
/** Longer than any sensible link; a guard against a page address used as a payload. */
const MAX_LINK_LENGTH = 2048;

function refuse(message: LoaderMessage, code: Problem['code'] = 'bad-link'): LinkCheck {
  return { ok: false, problem: problem(code, '', message) };
}

/** Reads a comma-separated list of host names, as VITE_DATA_HOSTS holds it. */
export function parseHostList(text: string | undefined | null): string[] {
  return (text ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
}

export function hostAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  if (!allowedHosts.length) return true;
  const host = hostname.toLowerCase();
  return allowedHosts.some((entry) =>
    entry.startsWith('*.') ? host.endsWith(entry.slice(1)) : host === entry,
  );
}

/**
 * Decides whether a `?data=` value may be fetched: an https: address, a path on this
 * site, or, where the rules allow it, plain http: on this machine (for authors trying a
 * file out). Never throws.
 */
export function checkDataLink(raw: string, rules: LinkRules): LinkCheck {
  const text = raw.trim();
  if (!text)
    return refuse(
      /*i18n*/ {
        id: 'link.empty',
        message: 'The data= link is empty; it should be the address of a .json file.',
      },
    );
  if (text.length > MAX_LINK_LENGTH)
    return refuse(
      /*i18n*/ {
        id: 'link.too-long',
        message: 'The data= link is {length} characters long; a link may have at most {max}.',
        values: { length: text.length, max: MAX_LINK_LENGTH },
      },
    );
  let url: URL;
  let page: URL;
  try {
    page = new URL(rules.pageUrl);
    url = new URL(text, page);
  } catch {
    return refuse(
      /*i18n*/ {
        id: 'link.not-address',
        message: '{value} is not a web address.',
        values: { value: shown(text) },
      },
    );
  }
  if (url.username || url.password)
    return refuse(
      /*i18n*/ {
        id: 'link.credentials',
        message: 'Links with a user name or password in them are never opened.',
      },
    );
  const sameOrigin = url.origin === page.origin && url.origin !== 'null';
  const scheme = url.protocol;
  if (!sameOrigin) {
    const loopback = isLoopback(url.hostname);
    if (loopback && !rules.allowLoopback)
      return refuse(
        /*i18n*/ {
          id: 'link.loopback',
          message:
            "{value} is on the reader's own computer; this copy of Stancemap opens debates from there only in a development build (or one built with VITE_ALLOW_LOOPBACK_DATA=1).",
          values: { value: shown(url.href) },
        },
      );
    if (scheme === 'http:' && !loopback)
      return refuse(
        rules.allowLoopback
          ? /*i18n*/ {
              id: 'link.plain-http-local',
              message:
                '{value} uses plain http:; debates are opened only from https: addresses (http: only on this computer).',
              values: { value: shown(url.href) },
            }
          : /*i18n*/ {
              id: 'link.plain-http',
              message: '{value} uses plain http:; debates are opened only from https: addresses.',
              values: { value: shown(url.href) },
            },
      );
    if (scheme !== 'https:' && scheme !== 'http:')
      return refuse(
        /*i18n*/ {
          id: 'link.scheme',
          message:
            '{value} links are never opened; a debate link starts with https:// or is a path on this site.',
          values: { value: shown(scheme) },
        },
      );
    if (!hostAllowed(url.hostname, rules.allowedHosts))
      return refuse(
        /*i18n*/ {
          id: 'link.host-not-allowed',
          message:
            '{host} is not among the sites this copy of Stancemap opens debates from ({hosts}).',
          values: { host: url.hostname, hosts: rules.allowedHosts.join(', ') },
        },
        'host-not-allowed',
      );
  }
  // The fragment never reaches the server and means nothing to a JSON file.
  url.hash = '';
  return { ok: true, url: url.href, host: url.host };
}
