// Every problem the loader can report. A code never changes meaning once published:
// authors, tests and the problem list in the app refer to them. The hints for each code
// live in problem-hints.ts, loaded only where problems are listed in full.
import type { PROBLEM_HINTS } from './problem-hints';

export type ProblemCode = keyof typeof PROBLEM_HINTS;

export interface Problem {
  readonly code: ProblemCode;
  /** Where in the document, as JavaScript would reach it: `stances[4].position`; "" is the whole file. */
  readonly path: string;
  readonly message: string;
  /** Errors stop the load; warnings are shown and the debate still opens. */
  readonly severity: 'error' | 'warning';
}

export function problem(
  code: ProblemCode,
  path: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { code, path, message, severity };
}

/** `stances[4].position: "engage-yes" is not a position id` */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Joins path segments the way the messages show them: `a.b[3]["odd key"]`. */
export function pathOf(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Quotes a value for a message, shortened so a 10,000-character label cannot flood the screen. */
export function shown(value: unknown, max = 60): string {
  let text: string;
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
