// Serves the top-level data/ folder at ./data/ in development and copies its JSON
// files into the build, so datasets stay separate files fetched on demand.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = path.resolve(import.meta.dirname, '..', 'data');

export function serveDataFolder(): Plugin {
  return {
    name: 'stancemap-data-folder',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        if (!/^[\w.-]+\.json$/.test(name)) return next();
        readFile(path.join(DATA_DIR, name))
          .then((body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          })
          .catch(() => next());
      });
    },
    async generateBundle() {
      for (const name of await readdir(DATA_DIR)) {
        if (!name.endsWith('.json')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: await readFile(path.join(DATA_DIR, name)),
        });
      }
    },
  };
}
