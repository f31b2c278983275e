// Runs the compiled schema validator and turns its findings into problems an author
// can act on: a path written as JavaScript would reach it, and a sentence, not a
// JSON-Schema keyword.
import type { ErrorObject } from 'ajv';
import validateSchema from './generated/validate-schema.js';
import { pathOf, problem, shown, type Problem, type ProblemCode } from './problems';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** What a failed `pattern` means, by the schema definition it belongs to. */
const PATTERN_PROBLEMS: Record<string, { code: ProblemCode; message: (value: unknown) => string }> =
  {
    id: { code: 'bad-id', message: (v) => `${shown(v)} is not a valid id` },
    text: { code: 'empty-text', message: () => 'must not be empty' },
    isoDate: {
      code: 'bad-date',
      message: (v) => `${shown(v)} is not a date like 2026, 2026-06 or 2026-06-22`,
    },
    meta: { code: 'bad-language', message: (v) => `${shown(v)} is not a language tag` },
  };

function segmentsOf(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** The value at a JSON pointer, read without recursion. */
function valueAt(document: unknown, segments: readonly (string | number)[]): unknown {
  let value = document;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment))
      return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function definitionOf(schemaPath: string): string {
  return /^#\/definitions\/([^/]+)\//.exec(schemaPath)?.[1] ?? 'meta';
}

function toProblem(error: ErrorObject, document: unknown): Problem {
  const segments = segmentsOf(error.instancePath);
  const value = valueAt(document, segments);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return problem('missing-field', pathOf([...segments, field]), `"${field}" is missing`);
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      return problem(
        'unknown-field',
        pathOf([...segments, field]),
        `"${field}" is not a field of the format; it is ignored`,
        'warning',
      );
    }
    case 'type':
      return problem(
        'wrong-type',
        pathOf(segments),
        `must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}, not ${describe(value)}`,
      );
    case 'pattern': {
      const meaning = PATTERN_PROBLEMS[definitionOf(error.schemaPath)] ?? PATTERN_PROBLEMS.text!;
      return problem(meaning.code, pathOf(segments), meaning.message(value));
    }
    case 'enum':
      return problem(
        'bad-value',
        pathOf(segments),
        `${shown(value)} is not one of ${(params.allowedValues as unknown[]).map((v) => shown(v)).join(', ')}`,
      );
    case 'const':
      return problem(
        'bad-value',
        pathOf(segments),
        `must be ${shown(params.allowedValue)}, not ${shown(value)}`,
      );
    case 'minItems':
      return problem(
        'bad-list-length',
        pathOf(segments),
        `needs at least ${String(params.limit)} item(s)`,
      );
    case 'maxItems':
      return problem(
        'bad-list-length',
        pathOf(segments),
        `may have at most ${String(params.limit)} items`,
      );
    case 'minimum':
      return problem(
        'bad-value',
        pathOf(segments),
        `must be at least ${String(params.limit)}, not ${shown(value)}`,
      );
    default:
      return problem('bad-value', pathOf(segments), error.message ?? 'is not valid');
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${shown(value, 30)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${shown(value, 30)}`;
}

/** Every schema problem in the document: errors, and unknown fields as warnings. */
export function schemaProblems(document: unknown): Problem[] {
  if (validateSchema(document)) return [];
  return (validateSchema.errors ?? []).map((error) => toProblem(error, document));
}
