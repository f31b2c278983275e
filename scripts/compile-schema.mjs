// Compiles data/debate-graph.schema.json — the single source of truth for the
// format — into (1) a standalone validator that needs no eval, so the app runs
// under a strict Content-Security-Policy, and (2) the TypeScript types of the raw
// format. Run by `npm run build`; tests/unit/schema-freshness.test.ts fails when
// the committed output no longer matches the schema.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compileSchemaOutputs } from './schema-outputs.mjs';

const outDir = fileURLToPath(new URL('../src/loader/generated/', import.meta.url));
const outputs = await compileSchemaOutputs();
for (const [name, text] of Object.entries(outputs)) {
  await writeFile(outDir + name, text);
}
console.log(`schema compiled: ${Object.keys(outputs).join(', ')}`);
