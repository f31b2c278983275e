// Opens a bundled debate: data/index.json, then the chosen debate's file, both
// through the loader's one door.
import type { AppStore } from '../store/app-store';
import { fetchText } from '../loader/fetch-text';
import { parseLibrary } from '../loader/library';
import { DEFAULT_LIMITS } from '../loader/limits';
import { loadDebateTextLazily } from '../loader/lazy-loader';
import { readLocationState } from '../store/url-sync';
import { loadLoaderMessages } from '../i18n/runtime';
import { nextTask } from '../lib/next-task';
import type { Problem } from '../loader/problems';

// The app's own files, as index.html's preload hints fetch them (scripts/vite-start-hints.ts).
const FETCH_OPTIONS = {
  maxBytes: DEFAULT_LIMITS.maxBytes,
  timeoutMs: 10_000,
  credentials: 'same-origin',
} as const;

/** Resolves a path inside data/ against the page, so the app runs from any sub-folder. */
function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

export async function loadBundled(store: AppStore, requestedId: string | null): Promise<void> {
  const { setLibrary, debateLoaded } = store.getState();
  // The problems show in the reader's language: their messages download first.
  const loadFailed = async (errors: readonly Problem[], warnings: readonly Problem[]) => {
    await loadLoaderMessages().catch(() => undefined);
    store.getState().loadFailed(errors, warnings);
  };
  const index = await fetchText(dataUrl('index.json'), FETCH_OPTIONS);
  if (!index.ok) return loadFailed([index.problem], []);
  const library = parseLibrary(index.text);
  if (!library.ok) return loadFailed(library.errors, []);
  setLibrary(library.entries);

  let entry = library.entries.find((e) => e.id === requestedId);
  if (requestedId && !entry)
    console.warn(`Stancemap: there is no bundled debate "${requestedId}"; opening the first one.`);
  entry ??= library.entries[0]!;
  const file = await fetchText(dataUrl(entry.file), FETCH_OPTIONS);
  if (!file.ok) return loadFailed([file.problem], []);
  const result = await loadDebateTextLazily(file.text);
  // The checks were one long task; drawing the debate is another.
  if (result.ok) await nextTask();
  if (result.ok) debateLoaded(result.debate, result.warnings, readLocationState(result.debate));
  else await loadFailed(result.errors, result.warnings);
}
