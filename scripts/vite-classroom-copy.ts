// Writes dist/stancemap-offline.html, the classroom copy of the bundled debate: after the
// app's build, a second build of the same code in one module (every lazy chunk inlined:
// a file:// page can load no other file), poured with the first bundled debate into the
// page that src/lib/classroom-copy-html.ts makes. The app makes its own copies from
// this file (features/offline/make-copy.ts), so a copy needs no build tools.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { OutputAsset, OutputChunk, RolldownOutput } from 'rolldown';
import { classroomCopyHtml, copyPolicy, inlineableScript } from '../src/lib/classroom-copy-html.ts';

export const CLASSROOM_COPY_FILE = 'stancemap-offline.html';
/** The mode of the inner build; vite.config.ts shapes that build by it. */
export const CLASSROOM_COPY_MODE = 'classroom-copy';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA_DIR = path.join(ROOT, 'data');

/** The one entry chunk and the style of a build made without code splitting. */
function scriptAndStyle(output: RolldownOutput): { script: string; style: string } {
  const chunks = output.output.filter((file): file is OutputChunk => file.type === 'chunk');
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1 || chunks.some((chunk) => !chunk.isEntry && !isWorker(chunk)))
    throw new Error(
      `the classroom copy needs the app in one module; the build made ${chunks.map((c) => c.fileName).join(', ')}`,
    );
  const style = output.output
    .filter((file): file is OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'))
    .map((file) => String(file.source))
    .join('\n');
  return { script: inlineableScript(entries[0]!.code.trim()), style: style.trim() };
}

// The layout worker is built on its own; a file:// page cannot start it, and the
// engine then lays out on the page (graph/engine/off-thread-engine.ts).
const isWorker = (chunk: OutputChunk) => /worker/i.test(chunk.fileName);

async function bundledDebate(): Promise<{ json: string; title: string }> {
  const index = JSON.parse(await readFile(path.join(DATA_DIR, 'index.json'), 'utf8')) as {
    datasets: { file: string; title: string }[];
  };
  const first = index.datasets[0];
  if (!first) throw new Error('data/index.json lists no debate for the classroom copy');
  return { json: await readFile(path.join(DATA_DIR, first.file), 'utf8'), title: first.title };
}

export function classroomCopy(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'stancemap-classroom-copy',
    apply: (_, env) => env.command === 'build' && env.mode !== CLASSROOM_COPY_MODE,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      async handler() {
        const output = (await build({
          configFile: config.configFile,
          mode: CLASSROOM_COPY_MODE,
          logLevel: 'warn',
          build: { write: false },
        })) as RolldownOutput;
        const { script, style } = scriptAndStyle(output);
        const debate = await bundledDebate();
        const hash = createHash('sha256').update(script, 'utf8').digest('base64');
        const html = classroomCopyHtml({
          script,
          style,
          policy: copyPolicy(hash),
          debateJson: debate.json,
          info: { made: new Date().toISOString(), title: debate.title, search: '' },
        });
        await writeFile(path.resolve(config.root, config.build.outDir, CLASSROOM_COPY_FILE), html);
      },
    },
  };
}
