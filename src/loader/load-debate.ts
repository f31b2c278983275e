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

function failed(problems: readonly Problem[]): LoadResult {
  return {
    ok: false,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

function guarded(load: () => LoadResult): LoadResult {
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

/** Loads a debate from an already-parsed JSON value. */
export function loadDebateValue(
  document: unknown,
  limits: LoadLimits = DEFAULT_LIMITS,
): LoadResult {
  return guarded(() => {
    const early = [...envelopeProblems(document), ...sizeProblems(document, limits)];
    if (early.length) return failed(early);
    const problems = [
      ...schemaProblems(document),
      ...integrityProblems(document),
      ...gapWarnings(document),
      ...translationProblems(document),
    ];
    if (problems.some((p) => p.severity === 'error')) return failed(problems);
    return { ok: true, debate: normalise(document as Raw.DebateGraph), warnings: problems };
  });
}

/** Loads a debate from JSON text: size and nesting are checked before parsing. */
export function loadDebateText(text: string, limits: LoadLimits = DEFAULT_LIMITS): LoadResult {
  return guarded(() => {
    const early = preflight(text, limits);
    if (early.length) return failed(early);
    let document: unknown;
    try {
      document = JSON.parse(text.replace(/^\uFEFF/, ''));
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
    return loadDebateValue(document, limits);
  });
}
