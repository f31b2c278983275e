// The first look at a parsed document: is it a debate at all, of a version this app
// reads, and within the size limits? Each check here stops the load before the
// detailed passes, whose findings would be noise on the wrong kind of file.
import type { LoadLimits } from './limits';
import { isRow, rows } from './raw-access';
import { problem, shown, type Problem } from './problems';

export const FORMAT_VERSION = 1;

export function envelopeProblems(document: unknown): Problem[] {
  if (!isRow(document)) {
    return [
      problem(
        'not-a-debate',
        '',
        /*i18n*/ {
          id: 'envelope.not-object',
          message:
            'The file is JSON, but not a debate: it must be an object with "format": "debate-graph".',
        },
      ),
    ];
  }
  if (document.format !== 'debate-graph') {
    return [
      problem(
        'not-a-debate',
        'format',
        document.format === undefined
          ? /*i18n*/ {
              id: 'envelope.no-format',
              message: '"format" is missing; a debate file says "format": "debate-graph"',
            }
          : /*i18n*/ {
              id: 'envelope.wrong-format',
              message: '{value} is not "debate-graph"',
              values: { value: shown(document.format) },
            },
      ),
    ];
  }
  const version = document.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    return [
      problem(
        'unsupported-version',
        'version',
        /*i18n*/ {
          id: 'envelope.newer-version',
          message:
            'This debate uses format version {version}; this app reads version {supported}. Open it with a newer Stancemap.',
          values: { version, supported: FORMAT_VERSION },
        },
      ),
    ];
  }
  return [];
}

function length(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Counts nodes and edges from array lengths alone, without touching their contents. */
export function sizeProblems(document: unknown, limits: LoadLimits): Problem[] {
  if (!isRow(document)) return [];
  const nodes =
    length(document.issues) +
    length(document.positions) +
    length(document.actors) +
    length(document.arguments);
  if (nodes > limits.maxNodes) {
    return [
      problem(
        'too-many-nodes',
        '',
        /*i18n*/ {
          id: 'envelope.too-many-nodes',
          message:
            'The debate has {count} issues, positions, actors and arguments; the limit is {limit}.',
          values: { count: nodes, limit: limits.maxNodes },
        },
      ),
    ];
  }
  const argumentRows = rows(document, 'arguments');
  const edges =
    length(document.positions) +
    length(document.stances) +
    argumentRows.length +
    argumentRows.reduce((sum, [row]) => sum + length(row.by), 0) +
    rows(document, 'actors').filter(([row]) => row.memberOf !== undefined).length;
  if (edges > limits.maxEdges) {
    return [
      problem(
        'too-many-edges',
        '',
        /*i18n*/ {
          id: 'envelope.too-many-edges',
          message: 'The debate has {count} links between nodes; the limit is {limit}.',
          values: { count: edges, limit: limits.maxEdges },
        },
      ),
    ];
  }
  return [];
}
