// Opening a debate the reader brings: a file (picked or dropped) or a `?data=` link.
// Everything goes through the loader's one door, and all-or-nothing: a debate that
// fails to load never replaces the one on screen; it only raises the alert.
import type { Debate } from '../../domain/model';
import { checkDataLink, type DebateSource, type LinkRules } from '../../loader/debate-source';
import { fetchBytes } from '../../loader/fetch-text';
import type { InputFile } from '../../loader/import/door';
import { DEFAULT_LIMITS } from '../../loader/limits';
import { loadFilesLazily } from '../../loader/lazy-loader';
import { loadLoaderMessages } from '../../i18n/runtime';
import { nextTask } from '../../lib/next-task';
import { filesTooLarge, filesUnreadable, redirectRefused } from '../../loader/opening-problems';
import type { Problem } from '../../loader/problems';
import type { AppStore } from '../../store/app-store';
import { sourceSearch } from '../../store/url-state';
import { currentSearch, replaceSearch } from '../../lib/address-bar';
import { readLocationState } from '../../store/url-sync';
import { ALLOW_LOOPBACK_DATA, ALLOWED_DATA_HOSTS, LINK_TIMEOUT_MS } from './config';

function showSourceInAddress(store: AppStore, source: DebateSource, debate: Debate) {
  const search = sourceSearch(source, debate, store.getState().library, currentSearch());
  replaceSearch(search, { keepHash: false });
}

/** Shows the problems (in the reader's language once the loader's messages are in) and resolves false. */
async function fail(
  store: AppStore,
  errors: readonly Problem[],
  warnings: readonly Problem[] = [],
): Promise<false> {
  await loadLoaderMessages().catch(() => undefined);
  store.getState().loadFailed(errors, warnings);
  return false;
}

/**
 * Opens a debate file the reader picked or dropped: the debate-graph JSON, or any
 * format the importers read (recognised from the content); several files only when
 * they are the .csv sheets of one spreadsheet. Resolves true when it is on screen.
 */
export async function openFiles(
  store: AppStore,
  files: ArrayLike<File>,
  limits = DEFAULT_LIMITS,
): Promise<boolean> {
  if (files.length === 0) return false;
  const list = Array.from(files);
  const name = list
    .map((file) => file.name)
    .filter(Boolean)
    .join(', ');
  const size = list.reduce((sum, file) => sum + file.size, 0);
  // Refused before reading a byte: a 40 MB file never reaches memory, let alone the parser.
  if (size > limits.maxBytes) return fail(store, [filesTooLarge(name, size, limits.maxBytes)]);
  let inputs: InputFile[];
  try {
    inputs = await Promise.all(
      list.map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    );
  } catch (error) {
    return fail(store, [filesUnreadable(name, error)]);
  }
  const result = await loadFilesLazily(inputs, limits);
  if (!result.ok) return fail(store, result.errors, result.warnings);
  const source: DebateSource = { kind: 'file', name };
  showSourceInAddress(store, source, result.debate);
  store.getState().debateLoaded(result.debate, result.warnings, undefined, source);
  return true;
}

export interface LinkOptions {
  /** For tests: the rules and the fetch to use instead of this page's. */
  readonly rules?: LinkRules;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/**
 * Opens the debate a `?data=` link names, with the state the rest of the link asks for.
 * Resolves true when it is on screen.
 */
export async function openLink(
  store: AppStore,
  link: string,
  options: LinkOptions = {},
): Promise<boolean> {
  const rules = options.rules ?? {
    pageUrl: window.location.href,
    allowedHosts: ALLOWED_DATA_HOSTS,
    allowLoopback: ALLOW_LOOPBACK_DATA,
  };
  const checked = checkDataLink(link, rules);
  if (!checked.ok) return fail(store, [checked.problem]);
  const fetched = await fetchBytes(checked.url, {
    maxBytes: DEFAULT_LIMITS.maxBytes,
    timeoutMs: options.timeoutMs ?? LINK_TIMEOUT_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (!fetched.ok) return fail(store, [fetched.problem]);
  // A redirect must land where a link may point, and the header names where it landed.
  const landed = checkDataLink(fetched.url, rules);
  if (!landed.ok) return fail(store, [redirectRefused(checked.url, landed.problem)]);
  const fileName = decodeURIComponent(new URL(landed.url).pathname.split('/').pop() ?? '');
  const result = await loadFilesLazily([{ name: fileName || landed.host, bytes: fetched.bytes }]);
  if (!result.ok) return fail(store, result.errors, result.warnings);
  // The checks were one long task; drawing the debate is another.
  await nextTask();
  const source: DebateSource = { kind: 'url', host: landed.host, url: landed.url };
  store
    .getState()
    .debateLoaded(result.debate, result.warnings, readLocationState(result.debate), source);
  return true;
}

/** "Back to …": the debate that was on screen before, where the reader left it. */
export function goBack(store: AppStore) {
  const { previous, restorePrevious } = store.getState();
  if (!previous) return;
  showSourceInAddress(store, previous.source, previous.debate);
  restorePrevious();
}
