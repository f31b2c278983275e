// Preload hints in the built index.html, so the bundled debate's start does not wait for
// the entry script: data/index.json, the first bundled debate's file and the loader's
// chunk are fetched while the entry script downloads and runs (issue 18). Without them
// each request starts only once the entry module has been evaluated. The hints fetch
// the way the app does (same origin, CORS, no credentials; the CSP's connect-src and
// script-src 'self'), so the browser hands the preloaded responses to the app's requests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

const DATA_DIR = path.resolve(import.meta.dirname, '..', 'data');
/** The module whose chunk the start needs beside the debate (src/loader/lazy-loader.ts). */
const LOADER_MODULE = /[\\/]src[\\/]loader[\\/]load-debate\.ts$/;

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
    transformIndexHtml(_html, context) {
      const debate = firstDebateFile();
      const tags = [preloadData('index.json'), ...(debate ? [preloadData(debate)] : [])];
      const loader = Object.values(context.bundle ?? {}).find(
        (chunk) => chunk.type === 'chunk' && LOADER_MODULE.test(chunk.facadeModuleId ?? ''),
      );
      if (loader)
        tags.push({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${loader.fileName}` },
          injectTo: 'head',
        });
      return tags;
    },
  };
}
