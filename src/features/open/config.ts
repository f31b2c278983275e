// Build-time settings for opening debates from links.
import { parseHostList } from '../../loader/debate-source';

/**
 * VITE_DATA_HOSTS, set when building (`VITE_DATA_HOSTS=example.org,*.example.net npm run build`):
 * the only hosts `?data=` may load from. Empty or unset: any https: host. Paths on the
 * app's own site are always allowed.
 */
export const ALLOWED_DATA_HOSTS: readonly string[] = parseHostList(
  import.meta.env.VITE_DATA_HOSTS as string | undefined,
);

/** How long a `?data=` link may take to answer, body included. */
export const LINK_TIMEOUT_MS = 10_000;

/**
 * Whether `?data=` may open a debate from another origin on the reader's own machine
 * (http://localhost:…): in development (`npm run dev`), or in a build made with
 * `VITE_ALLOW_LOOPBACK_DATA=1 npm run build`, whose policy then allows it too
 * (scripts/vite-csp.ts). Never in a default build.
 */
export const ALLOW_LOOPBACK_DATA: boolean =
  import.meta.env.DEV || import.meta.env.VITE_ALLOW_LOOPBACK_DATA === '1';
