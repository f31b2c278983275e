// The one door: untrusted input in, a complete debate or a list of problems out.
// It never throws, whatever it is given.
import type { Debate } from '../domain/model';
import { envelopeProblems, sizeProblems } from './envelope';
import { gapWarnings } from './gaps';
import type * as Raw from './generated/raw-types';
import { integrityProblems } from './integrity';
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import { normalise } from './normalise';
import { preflight } from './preflight';
import { problem, type Problem } from './problems';
import { schemaProblems } from './schema-problems';
import { translationProblems } from './translation-problems';

export type LoadResult =
  | { readonly ok: true; readonly debate: Debate; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false;
      readonly errors: readonly Problem[];
      readonly warnings: readonly Problem[];
    };

/** The checks' verdict on a file, before the debate is built from it. */
export type CheckResult =
  { readonly ok: true; readonly warnings: readonly Problem[] } | Extract<LoadResult, { ok: false }>;

function failed(problems: readonly Problem[]): Extract<LoadResult, { ok: false }> {
  return {
    ok: false,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

function guarded<T extends { ok: boolean }>(load: () => T): T | Extract<LoadResult, { ok: false }> {
  try {
    return load();
  } catch (error) {
    return failed([
      problem(
        'internal-error',
        '',
        /*i18n*/ {
          id: 'load.internal-error',
          message: 'Stancemap could not read this debate ({reason}).',
          values: { reason: String(error) },
        },
      ),
    ]);
  }
}

/** A parsed document that passed every check, with its warnings. */
type Checked =
  | { readonly ok: true; readonly document: unknown; readonly warnings: readonly Problem[] }
  | Extract<LoadResult, { ok: false }>;

function checkValue(document: unknown, limits: LoadLimits): Checked {
  const early = [...envelopeProblems(document), ...sizeProblems(document, limits)];
  if (early.length) return failed(early);
  const problems = [
    ...schemaProblems(document),
    ...integrityProblems(document),
    ...gapWarnings(document),
    ...translationProblems(document),
  ];
  if (problems.some((p) => p.severity === 'error')) return failed(problems);
  return { ok: true, document, warnings: problems };
}

function parse(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

function checkText(text: string, limits: LoadLimits): Checked {
  const early = preflight(text, limits);
  if (early.length) return failed(early);
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed([
      problem(
        'invalid-json',
        '',
        /*i18n*/ {
          id: 'load.invalid-json',
          message: 'The file is not valid JSON: {reason}',
          values: { reason },
        },
      ),
    ]);
  }
  return checkValue(document, limits);
}

function built(checked: Checked): LoadResult {
  return checked.ok
    ? {
        ok: true,
        debate: normalise(checked.document as Raw.DebateGraph),
        warnings: checked.warnings,
      }
    : checked;
}

/** Loads a debate from an already-parsed JSON value. */
export function loadDebateValue(
  document: unknown,
  limits: LoadLimits = DEFAULT_LIMITS,
): LoadResult {
  return guarded(() => built(checkValue(document, limits)));
}

/** Loads a debate from JSON text: size and nesting are checked before parsing. */
export function loadDebateText(text: string, limits: LoadLimits = DEFAULT_LIMITS): LoadResult {
  return guarded(() => built(checkText(text, limits)));
}

/**
 * loadDebateText's checks alone, with the same problems in the same places: what the
 * validation worker runs on a big file, so the page only builds the debate.
 */
export function checkDebateText(text: string, limits: LoadLimits = DEFAULT_LIMITS): CheckResult {
  return guarded((): CheckResult => {
    const checked = checkText(text, limits);
    return checked.ok ? { ok: true, warnings: checked.warnings } : checked;
  });
}

/** Builds the debate from text that checkDebateText passed, with the warnings it found. */
export function loadCheckedDebateText(text: string, warnings: readonly Problem[]): LoadResult {
  return guarded(() => built({ ok: true, document: parse(text), warnings }));
}
