// The loader's checks (the compiled schema, the integrity pass, normalisation) are
// the largest part of the app that the first paint does not draw with. They load as
// a chunk of their own, started at once and fetched while the debate's file is.
import type { LoadLimits } from './limits';
import type { LoadResult } from './load-debate';

let loader: Promise<typeof import('./load-debate')> | undefined;

/** Starts fetching the loader now (idempotent); every load awaits the same promise. */
export function prefetchLoader(): Promise<typeof import('./load-debate')> {
  loader ??= import('./load-debate');
  return loader;
}

/** loadDebateText, once its code has arrived. Never rejects: a failed fetch is a problem. */
export async function loadDebateTextLazily(text: string, limits?: LoadLimits): Promise<LoadResult> {
  try {
    return (await prefetchLoader()).loadDebateText(text, limits);
  } catch (error) {
    loader = undefined;
    return {
      ok: false,
      errors: [
        {
          code: 'internal-error',
          path: '',
          message: `Stancemap could not load its checks (${String(error)}). Reload the page to try again.`,
          severity: 'error',
        },
      ],
      warnings: [],
    };
  }
}
