// Emits sw.js (from scripts/service-worker.js) with the list of files to keep for a
// visit with no network: every file the build writes, public/ and the classroom copy.
// The version is a hash of those files, so any change makes a new worker.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { CLASSROOM_COPY_FILE } from './vite-classroom-copy.ts';

export const SERVICE_WORKER_FILE = 'sw.js';
const TEMPLATE = path.join(import.meta.dirname, 'service-worker.js');

async function publicFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .map((file) => file.split(path.sep).join('/'));
  } catch {
    return [];
  }
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'stancemap-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const version = createHash('sha256');
        const built = Object.values(bundle)
          .filter((file) => !file.fileName.endsWith('.map'))
          .sort((a, b) => a.fileName.localeCompare(b.fileName));
        for (const file of built)
          version.update(file.fileName).update(file.type === 'chunk' ? file.code : file.source);
        const fromPublic = config.publicDir ? await publicFiles(config.publicDir) : [];
        for (const file of fromPublic)
          version.update(file).update(await readFile(path.join(config.publicDir, file)));
        const files = [
          './',
          ...built.map((file) => file.fileName).filter((name) => name !== 'index.html'),
          ...fromPublic,
          CLASSROOM_COPY_FILE,
        ].map((name) => (name.startsWith('./') ? name : `./${name}`));
        const source = (await readFile(TEMPLATE, 'utf8'))
          .replace("/* VERSION */ 'unbuilt'", JSON.stringify(version.digest('hex').slice(0, 16)))
          .replace('/* FILES */ []', JSON.stringify(files));
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source });
      },
    },
  };
}
