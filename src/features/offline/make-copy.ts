// Makes a classroom copy of the debate on screen: the app's code, style and policy are
// taken from a copy (this page, when it is one, or the build's stancemap-offline.html
// beside the hosted app), and the debate and the screen are put in. A copy can make
// copies, and the hosted app can make them offline once its service worker keeps the file.
import { t } from '@lingui/core/macro';
import type { Debate } from '../../domain/model';
import { classroomCopyHtml, type CopyParts } from '../../lib/classroom-copy-html';
import { COPY_IDS } from '../../lib/classroom-copy-ids';
import { copyOnlineAddress, webAddress } from '../../lib/copy-online';
import { exportFileName } from '../../lib/download';
import type { DebateSource } from '../../loader/debate-source';
import { serialiseDebate } from '../../loader/serialise';
import type { ShareableState } from '../../store/app-store';
import { shareableOf, writeUrlState } from '../../store/url-state';
import { currentSearch } from '../../lib/address-bar';

/** The build's copy of the bundled debate, beside index.html. */
export const TEMPLATE_FILE = 'stancemap-offline.html';

type AppParts = Pick<CopyParts, 'script' | 'style' | 'policy'>;

/** The app's code, style and policy in a copy's page, or null if it is not one. */
export function appPartsOf(doc: Document | DocumentFragment): AppParts | null {
  const script = doc.getElementById(COPY_IDS.app);
  const style = doc.getElementById(COPY_IDS.style);
  const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (!(script instanceof HTMLScriptElement) || !style || !policy) return null;
  return {
    script: script.text,
    style: style.textContent ?? '',
    policy: policy.getAttribute('content') ?? '',
  };
}

async function templateText(): Promise<string> {
  const url = new URL(TEMPLATE_FILE, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch (error) {
    throw new Error(
      `${TEMPLATE_FILE} could not be loaded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!response.ok)
    throw new Error(
      `${TEMPLATE_FILE} could not be loaded (HTTP ${response.status}); npm run build makes it`,
    );
  return response.text();
}

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM library). */
interface TrustedTypesWindow {
  readonly trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createHTML(html: string): string },
    ): {
      createHTML(html: string): string;
    };
  };
}

let templatePolicy: { createHTML(html: string): string } | undefined;

/**
 * Under Trusted Types (scripts/vite-csp.ts) an HTML string must pass a named policy.
 * The one HTML this app ever parses is its own copy template, fetched from its own
 * folder, into an inert template: this policy is for that alone.
 */
function templateHtml(html: string): string {
  const trustedTypes = (window as Window & TrustedTypesWindow).trustedTypes;
  if (!trustedTypes) return html;
  templatePolicy ??= trustedTypes.createPolicy('classroom-copy', { createHTML: (text) => text });
  return templatePolicy.createHTML(html);
}

async function appParts(): Promise<AppParts> {
  const own = appPartsOf(document);
  if (own) return own;
  // A <template>'s content is inert: no script runs and no style applies (a parsed
  // document's inline <style> would trip the page's style-src policy).
  const template = document.createElement('template');
  template.innerHTML = templateHtml(await templateText());
  const parts = appPartsOf(template.content);
  if (!parts) throw new Error(`${TEMPLATE_FILE} is not a Stancemap classroom copy`);
  return parts;
}

/**
 * The query the copy opens with: the screen as it is, in the interface language on
 * screen (`lang`, url-and-embed.md), without where the debate came from.
 */
export function copySearch(state: ShareableState, search: string, language: string): string {
  const params = new URLSearchParams(search);
  for (const name of ['data', 'dataset', 'embed']) params.delete(name);
  if (language && !params.has('lang')) params.set('lang', language);
  return writeUrlState(shareableOf(state), params.toString());
}

/**
 * Where the same debate is online, for the copy's Share dialog: the hosted app's address
 * with only what picks the debate (`data=`, `dataset=`). A copy made from a copy keeps
 * the address its original recorded; a debate from a file on this computer has none.
 */
export function onlineAddress(
  href: string,
  source: DebateSource,
  recorded: string | null | undefined,
): string | undefined {
  if (source.kind === 'file') return undefined;
  const page = webAddress(href);
  if (!page) return webAddress(recorded) ?? undefined;
  const url = new URL(page);
  const kept = new URLSearchParams();
  for (const name of ['data', 'dataset']) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  url.search = kept.toString();
  return url.href;
}

export interface ClassroomCopyFile {
  readonly fileName: string;
  readonly html: string;
}

export async function makeClassroomCopy(
  state: ShareableState,
  debate: Debate,
  source: DebateSource,
  now = new Date(),
): Promise<ClassroomCopyFile> {
  const online = onlineAddress(window.location.href, source, copyOnlineAddress());
  const parts = await appParts();
  const language = document.documentElement.lang || 'en';
  const html = classroomCopyHtml({
    ...parts,
    debateJson: JSON.stringify(serialiseDebate(debate)),
    info: {
      made: now.toISOString(),
      title: debate.meta.title,
      search: copySearch(state, currentSearch(), language),
      ...(source.kind !== 'bundled' && { source }),
      ...(online && { online }),
    },
    lang: language,
    words: {
      title: t`${debate.meta.title} · Stancemap offline copy`,
      needsJavaScript: t`This offline copy of Stancemap needs JavaScript to show the debate.`,
    },
  });
  return { fileName: exportFileName(debate.meta.id, 'classroom-copy', 'html', now), html };
}
