// The weight budget, checked after every build: the JavaScript a first visit must
// download before it can draw (the entry and the chunks index.html preloads), gzip.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET = 120 * 1024;
// The classroom copy (the app and the bundled debate in one .html file), as it lies on a USB stick.
export const CLASSROOM_COPY_BUDGET = 2 * 1024 * 1024;
const CLASSROOM_COPY_FILE = 'stancemap-offline.html';
// The build folder: the first argument or STANCEMAP_DIST (e.g. a build made with --outDir), else dist/.
const folder = process.argv[2] ?? process.env.STANCEMAP_DIST;
const dist = folder
  ? pathToFileURL(path.resolve(folder) + path.sep)
  : new URL('../dist/', import.meta.url);

const html = await readFile(new URL('index.html', dist), 'utf8');
const scripts = [
  ...html.matchAll(
    /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g,
  ),
].map((m) => m[1]);
let total = 0;
for (const file of new Set(scripts)) {
  const size = gzipSync(await readFile(new URL(file, dist)), { level: 9 }).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzip`);
}
const verdict = `initial JavaScript ${(total / 1024).toFixed(1)} KB gzip of a ${INITIAL_JS_BUDGET / 1024} KB budget`;
if (!scripts.length || total > INITIAL_JS_BUDGET) {
  console.error(
    `bundle budget exceeded: ${verdict}${scripts.length ? '' : ' (no entry script found)'}`,
  );
  process.exit(1);
}
console.log(verdict);

const copyBytes = await stat(new URL(CLASSROOM_COPY_FILE, dist)).then(
  (info) => info.size,
  () => null,
);
const copyVerdict = `classroom copy ${CLASSROOM_COPY_FILE} ${((copyBytes ?? 0) / 1024).toFixed(0)} KB of a ${CLASSROOM_COPY_BUDGET / 1024 / 1024} MB budget`;
if (copyBytes === null || copyBytes > CLASSROOM_COPY_BUDGET) {
  console.error(
    copyBytes === null
      ? `classroom copy missing: the build wrote no ${CLASSROOM_COPY_FILE}`
      : `classroom copy budget exceeded: ${copyVerdict}`,
  );
  process.exit(1);
}
console.log(copyVerdict);
