// Preload hints in the built index.html, so the bundled debate's start does not wait for
// the entry script: data/index.json and the first bundled debate's file are fetched
// while the entry script downloads and runs (issue 18). Without them each request
// starts only once the entry module has been evaluated, and the debate only after
// index.json has arrived. The hints fetch the way the app fetches its own files (same
// origin, CORS, credentials 'same-origin': src/app/load-bundled.ts; the CSP's
// connect-src 'self'), so the browser hands the preloaded responses to the app. The
// loader's chunk gets no modulepreload: the initial JavaScript budget counts those.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

const DATA_DIR = path.resolve(import.meta.dirname, '..', 'data');

/** The file of the debate the app opens without `?dataset=`: the library's first. */
function firstDebateFile(): string | null {
  const library = JSON.parse(readFileSync(path.join(DATA_DIR, 'index.json'), 'utf8')) as {
    datasets?: { file?: unknown }[];
  };
  const file = library.datasets?.[0]?.file;
  return typeof file === 'string' && /^[\w.-]+\.json$/.test(file) ? file : null;
}

const preloadData = (file: string): HtmlTagDescriptor => ({
  tag: 'link',
  // crossorigin: the app's fetch is a CORS request, and a preload only serves its own mode.
  attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `data/${file}` },
  injectTo: 'head',
});

export function startHints(): Plugin {
  return {
    name: 'stancemap-start-hints',
    apply: 'build',
    transformIndexHtml() {
      const debate = firstDebateFile();
      return [preloadData('index.json'), ...(debate ? [preloadData(debate)] : [])];
    },
  };
}
