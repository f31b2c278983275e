// Starting as a classroom copy: the page holds its debate in a JSON block
// (lib/classroom-copy-html.ts), so it opens that debate, on the screen it was saved on,
// without a single request.
import { BUNDLED, type DebateSource } from '../../loader/debate-source';
import { loadDebateTextLazily } from '../../loader/lazy-loader';
import { COPY_IDS, type CopyInfo } from '../../lib/classroom-copy-ids';
import type { AppStore } from '../../store/app-store';
import { currentSearch, replaceSearch } from '../../lib/address-bar';
import { readLocationState } from '../../store/url-sync';

export interface ClassroomCopy {
  readonly info: CopyInfo;
  readonly debateText: string;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** A source a copy names, if it is one: a copy of a linked debate keeps naming its host. */
function sourceOf(value: unknown): DebateSource {
  if (typeof value !== 'object' || value === null) return BUNDLED;
  const source = value as Record<string, unknown>;
  if (source.kind === 'file' && isText(source.name)) return { kind: 'file', name: source.name };
  if (source.kind === 'url' && isText(source.host) && isText(source.url))
    return { kind: 'url', host: source.host, url: source.url };
  return BUNDLED;
}

function readInfo(text: string): CopyInfo | null {
  try {
    const info = JSON.parse(text) as Record<string, unknown>;
    if (!isText(info.made) || !isText(info.title) || !isText(info.search)) return null;
    return { made: info.made, title: info.title, search: info.search, source: info.source };
  } catch {
    return null;
  }
}

function readCopy(doc: Document): ClassroomCopy | null {
  const debate = doc.getElementById(COPY_IDS.debate);
  const info = doc.getElementById(COPY_IDS.info);
  if (!(debate instanceof HTMLScriptElement) || !(info instanceof HTMLScriptElement)) return null;
  const facts = readInfo(info.text);
  return facts && { info: facts, debateText: debate.text };
}

/** This page's own copy, read once (undefined: not read yet). */
let own: ClassroomCopy | null | undefined;

/** The copy a page is (default: this one), or null for the hosted app. */
export function thisClassroomCopy(doc: Document = document): ClassroomCopy | null {
  if (doc !== document) return readCopy(doc);
  if (own === undefined) own = readCopy(document);
  return own;
}

/**
 * A copy opened with no query of its own shows the screen it was saved on. On file://
 * the query and the fragment are the parts of the address a page may rewrite.
 */
export function restoreCopyAddress(copy: ClassroomCopy, win: Window = window): void {
  if (currentSearch(win) || !copy.info.search.startsWith('?')) return;
  replaceSearch(copy.info.search, {}, win);
}

/** Opens the copy's own debate through the loader's one door, as any debate is opened. */
export async function openClassroomCopy(store: AppStore, copy: ClassroomCopy): Promise<void> {
  const result = await loadDebateTextLazily(copy.debateText);
  if (!result.ok) return store.getState().loadFailed(result.errors, result.warnings);
  store
    .getState()
    .debateLoaded(
      result.debate,
      result.warnings,
      readLocationState(result.debate),
      sourceOf(copy.info.source),
    );
}
