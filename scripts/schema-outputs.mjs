import { readFile } from 'node:fs/promises';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile as compileTypes } from 'json-schema-to-typescript';

const schemaUrl = new URL('../data/debate-graph.schema.json', import.meta.url);
const banner =
  '// Generated from data/debate-graph.schema.json by `npm run schema`. Do not edit.\n';

/** The generated files, by name, as text: the same input always gives the same output. */
export async function compileSchemaOutputs() {
  const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    code: { source: true, esm: true, lines: false },
  });
  const validator =
    banner +
    '/* eslint-disable */\n// @ts-nocheck\n' +
    standaloneCode(ajv, ajv.compile(withoutDocs(schema)));
  const types = await compileTypes(schema, 'DebateGraph', {
    bannerComment: banner.trim(),
    additionalProperties: false,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
  });
  const declaration =
    banner +
    "import type { ErrorObject } from 'ajv';\n\n" +
    '/** The schema validator: true when the document matches; otherwise `errors` lists every mismatch. */\n' +
    'declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\n' +
    'export default validate;\n';
  return {
    'validate-schema.js': validator,
    'validate-schema.d.ts': declaration,
    'raw-types.ts': types,
  };
}

/** The schema without its prose, which the validator never reads: a smaller bundle. */
function withoutDocs(schema) {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === 'description' && typeof value === 'string' ? undefined : value,
  );
}
