// The loader's checks (the compiled schema, the integrity pass, normalisation) are
// the largest part of the app that the first paint does not draw with. They load as
// a chunk of their own, started at once and fetched while the debate's file is.
import { loadLoaderMessages } from '../i18n/runtime';
import type { InputFile } from './import/door';
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import type { LoadResult } from './load-debate';

/**
 * From this many characters a file is checked in a Web Worker: a 5 MB debate kept the
 * page busy for about a second. Smaller ones are checked faster than a worker starts.
 */
const OFF_THREAD_CHARS = 1_000_000;

let loader: Promise<typeof import('./load-debate')> | undefined;

/** Starts fetching the loader now (idempotent); every load awaits the same promise. */
export function prefetchLoader(): Promise<typeof import('./load-debate')> {
  loader ??= import('./load-debate');
  return loader;
}

/** loadDebateText, once its code has arrived. Never rejects: a failed fetch is a problem. */
export async function loadDebateTextLazily(text: string, limits?: LoadLimits): Promise<LoadResult> {
  try {
    const checked =
      text.length > OFF_THREAD_CHARS
        ? await (await import('./off-thread-check')).checkOffThread(text, limits ?? DEFAULT_LIMITS)
        : null;
    const loader = await prefetchLoader();
    if (!checked) return await withMessages(loader.loadDebateText(text, limits));
    return await withMessages(
      checked.ok ? loader.loadCheckedDebateText(text, checked.warnings) : checked,
    );
  } catch (error) {
    loader = undefined;
    return chunkFailed('its checks', error);
  }
}

/** A result with problems waits for their messages in the reader's language (never fails for them). */
async function withMessages(result: LoadResult): Promise<LoadResult> {
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (problems.length) await loadLoaderMessages().catch(() => undefined);
  return result;
}

/** A chunk that did not arrive (offline, a new deployment) is a problem, not a crash. */
function chunkFailed(what: string, error: unknown): LoadResult {
  return {
    ok: false,
    errors: [
      {
        code: 'internal-error',
        path: '',
        message: `Stancemap could not load ${what} (${String(error)}). Reload the page to try again.`,
        severity: 'error',
      },
    ],
    warnings: [],
  };
}

let door: Promise<typeof import('./import/door')> | undefined;

/**
 * Opens files of any format the app reads. The door (format detection, a few KB) is a
 * chunk of its own; each importer behind it is another, fetched only for its format.
 */
export async function loadFilesLazily(
  files: readonly InputFile[],
  limits?: LoadLimits,
): Promise<LoadResult> {
  try {
    door ??= import('./import/door');
    return await withMessages(await (await door).loadFiles(files, limits));
  } catch (error) {
    door = undefined;
    return chunkFailed('its importers', error);
  }
}
