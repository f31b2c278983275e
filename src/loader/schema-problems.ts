// Runs the compiled schema validator and turns its findings into problems an author
// can act on: a path written as JavaScript would reach it, and a sentence, not a
// JSON-Schema keyword.
import type { ErrorObject } from 'ajv';
import validateSchema from './generated/validate-schema.js';
import {
  pathOf,
  problem,
  shown,
  type LoaderMessage,
  type MessageValue,
  type Problem,
  type ProblemCode,
} from './problems';

const TYPE_NAMES: Record<string, LoaderMessage> = {
  string: /*i18n*/ { id: 'schema.type-text', message: 'text' },
  integer: /*i18n*/ { id: 'schema.type-whole-number', message: 'a whole number' },
  number: /*i18n*/ { id: 'schema.type-number', message: 'a number' },
  array: /*i18n*/ { id: 'schema.type-list', message: 'a list' },
  object: /*i18n*/ { id: 'schema.type-object', message: 'an object' },
  boolean: /*i18n*/ { id: 'schema.type-boolean', message: 'true or false' },
};

/** What a failed `pattern` means, by the schema definition it belongs to. */
const PATTERN_PROBLEMS: Record<
  string,
  { code: ProblemCode; message: (value: unknown) => LoaderMessage }
> = {
  id: {
    code: 'bad-id',
    message: (v) => /*i18n*/ ({
      id: 'schema.bad-id',
      message: '{value} is not a valid id',
      values: { value: shown(v) },
    }),
  },
  text: {
    code: 'empty-text',
    message: () => /*i18n*/ ({ id: 'schema.empty', message: 'must not be empty' }),
  },
  isoDate: {
    code: 'bad-date',
    message: (v) => /*i18n*/ ({
      id: 'schema.bad-date',
      message: '{value} is not a date like 2026, 2026-06 or 2026-06-22',
      values: { value: shown(v) },
    }),
  },
  meta: {
    code: 'bad-language',
    message: (v) => /*i18n*/ ({
      id: 'schema.bad-language',
      message: '{value} is not a language tag',
      values: { value: shown(v) },
    }),
  },
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
      return problem(
        'missing-field',
        pathOf([...segments, field]),
        /*i18n*/ { id: 'schema.missing', message: '"{field}" is missing', values: { field } },
      );
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      return problem(
        'unknown-field',
        pathOf([...segments, field]),
        /*i18n*/ {
          id: 'schema.unknown-field',
          message: '"{field}" is not a field of the format; it is ignored',
          values: { field },
        },
        'warning',
      );
    }
    case 'type':
      return problem(
        'wrong-type',
        pathOf(segments),
        /*i18n*/ {
          id: 'schema.wrong-type',
          message: 'must be {expected}, not {actual}',
          values: {
            expected: TYPE_NAMES[String(params.type)] ?? String(params.type),
            actual: describe(value),
          },
        },
      );
    case 'pattern': {
      const meaning = PATTERN_PROBLEMS[definitionOf(error.schemaPath)] ?? PATTERN_PROBLEMS.text!;
      return problem(meaning.code, pathOf(segments), meaning.message(value));
    }
    case 'enum':
      return problem(
        'bad-value',
        pathOf(segments),
        /*i18n*/ {
          id: 'schema.not-one-of',
          message: '{value} is not one of {allowed}',
          values: {
            value: shown(value),
            allowed: (params.allowedValues as unknown[]).map((v) => shown(v)).join(', '),
          },
        },
      );
    case 'const':
      return problem(
        'bad-value',
        pathOf(segments),
        /*i18n*/ {
          id: 'schema.must-be',
          message: 'must be {expected}, not {actual}',
          values: { expected: shown(params.allowedValue), actual: shown(value) },
        },
      );
    case 'minItems':
      return problem(
        'bad-list-length',
        pathOf(segments),
        /*i18n*/ {
          id: 'schema.min-items',
          message: 'needs at least {count} item(s)',
          values: { count: Number(params.limit) },
        },
      );
    case 'maxItems':
      return problem(
        'bad-list-length',
        pathOf(segments),
        /*i18n*/ {
          id: 'schema.max-items',
          message: 'may have at most {count} items',
          values: { count: Number(params.limit) },
        },
      );
    case 'minimum':
      return problem(
        'bad-value',
        pathOf(segments),
        /*i18n*/ {
          id: 'schema.minimum',
          message: 'must be at least {limit}, not {value}',
          values: { limit: Number(params.limit), value: shown(value) },
        },
      );
    default:
      return problem(
        'bad-value',
        pathOf(segments),
        error.message ?? /*i18n*/ { id: 'schema.not-valid', message: 'is not valid' },
      );
  }
}

function describe(value: unknown): MessageValue {
  if (value === null) return 'null';
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  if (typeof value === 'string')
    return /*i18n*/ {
      id: 'schema.text-value',
      message: 'text {value}',
      values: { value: shown(value, 30) },
    };
  if (typeof value === 'object') return TYPE_NAMES.object!;
  if (typeof value === 'number')
    return /*i18n*/ {
      id: 'schema.number-value',
      message: 'number {value}',
      values: { value: shown(value, 30) },
    };
  if (typeof value === 'boolean')
    return /*i18n*/ {
      id: 'schema.boolean-value',
      message: 'boolean {value}',
      values: { value: shown(value, 30) },
    };
  return `${typeof value} ${shown(value, 30)}`;
}

/** Every schema problem in the document: errors, and unknown fields as warnings. */
export function schemaProblems(document: unknown): Problem[] {
  if (validateSchema(document)) return [];
  return (validateSchema.errors ?? []).map((error) => toProblem(error, document));
}
