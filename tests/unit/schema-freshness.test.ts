// The validator and the raw types are compiled from the schema and committed; this
// fails when someone edits the schema and forgets `npm run schema`.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compileSchemaOutputs } from '../../scripts/schema-outputs.mjs';

describe('generated code', () => {
  it('matches data/debate-graph.schema.json', async () => {
    const outputs = await compileSchemaOutputs();
    for (const [name, text] of Object.entries(outputs)) {
      const committed = await readFile(
        new URL(`../../src/loader/generated/${name}`, import.meta.url),
        'utf8',
      );
      expect(committed, `${name} is stale: run npm run schema`).toBe(text);
    }
  });
});
