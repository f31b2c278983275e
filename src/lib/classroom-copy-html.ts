// The classroom copy's page: one .html file that holds the app's code and style and one
// debate, and runs from file:// with no network. The build writes it for the bundled
// debate (scripts/vite-classroom-copy.ts) and the app writes it for the debate on screen
// (features/offline/make-copy.ts), both through this one function, so the two are alike.
import { COPY_IDS, type CopyInfo } from './classroom-copy-ids';

export interface CopyParts {
  /** The app's code: one ES module with every lazy chunk inlined. */
  readonly script: string;
  readonly style: string;
  /** The Content-Security-Policy, with the hash of `script` (copyPolicy). */
  readonly policy: string;
  /** The debate file's text (debate-graph JSON). */
  readonly debateJson: string;
  readonly info: CopyInfo;
  /** The interface language for `<html lang>` before the app starts. */
  readonly lang?: string;
  /** The page's own words in that language (the app's copy); English without them (the build's). */
  readonly words?: CopyWords;
}

export interface CopyWords {
  /** The page title, with the debate's title in it. */
  readonly title: string;
  /** Said when the browser runs no script. */
  readonly needsJavaScript: string;
}

function englishWords(debateTitle: string): CopyWords {
  return {
    title: `${debateTitle} · Stancemap offline copy`,
    needsJavaScript: 'This offline copy of Stancemap needs JavaScript to show the debate.',
  };
}

/**
 * The policy of a copy: the app's one inline script by its hash, nothing else may run;
 * no eval; requests only to https: (a data= link the reader opens); `'self'` means
 * nothing on file://, so everything else is inline, data: or blob:.
 */
export function copyPolicy(scriptHashBase64: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHashBase64}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src https:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Markup-escapes text for an attribute or an element's text. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}

/**
 * JSON safe inside a `<script type="application/json">`: every `<` as `\u003c`, so the
 * text can never close the element or open a comment, and still parses to the same value.
 */
export function jsonForScript(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/**
 * Minified code made safe to inline: `</script` and `<!--` (which could make the parser
 * read past the script's end) written with escapes that mean the same in the strings and
 * regular expressions where a bundle has them.
 */
export function inlineableScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

/** Why text cannot be inlined as it is, or null. The script's hash must match its text byte for byte. */
export function inlineProblem(text: string, element: 'script' | 'style'): string | null {
  if (new RegExp(`</${element}`, 'i').test(text)) return `contains "</${element}"`;
  if (/<!--/.test(text)) return 'contains a comment opener';
  // The HTML parser turns CR LF into LF, which would change the script's hash.
  if (text.includes('\r')) return 'contains a carriage return';
  return null;
}

export function classroomCopyHtml(parts: CopyParts): string {
  for (const [text, element] of [
    [parts.script, 'script'],
    [parts.style, 'style'],
  ] as const) {
    const problem = inlineProblem(text, element);
    if (problem) throw new Error(`The app's ${element} cannot be inlined: it ${problem}.`);
  }
  const words = parts.words ?? englishWords(parts.info.title);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(parts.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="UTF-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(parts.policy)}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="referrer" content="no-referrer" />',
    '<meta name="color-scheme" content="light dark" />',
    '<meta name="generator" content="Stancemap classroom copy" />',
    `<title>${escapeHtml(words.title)}</title>`,
    '<link rel="icon" href="data:," />',
    `<style id="${COPY_IDS.style}">${parts.style}</style>`,
    `<script type="application/json" id="${COPY_IDS.info}">${jsonForScript(JSON.stringify(parts.info))}</script>`,
    `<script type="application/json" id="${COPY_IDS.debate}">${jsonForScript(parts.debateJson)}</script>`,
    `<script type="module" id="${COPY_IDS.app}">${parts.script}</script>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<noscript>${escapeHtml(words.needsJavaScript)}</noscript>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
