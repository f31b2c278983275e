// What every importer hands the door: a document in the debate-graph format (checked
// afterwards by the same loader as JSON), the report of what it mapped, dropped or
// guessed, and where in the source file each item came from, so a problem the loader
// finds in `arguments[3]` can name "line 12" of the Kialo file.
import { problem, type LoaderMessage, type Problem, type ProblemCode } from '../problems';

/** A line of the report: a message of the `loader` catalogue, or text the importer passes on as it is. */
type ReportText = string | LoaderMessage;

export interface ImportResult {
  /** The format in words, for the report: "Kialo outline". */
  readonly format: LoaderMessage;
  /** A debate-graph document, or undefined when the file could not be read at all. */
  readonly document: Record<string, unknown> | undefined;
  /** Errors stop the import; warnings (import-…) are its report. */
  readonly problems: readonly Problem[];
  /** `arguments[3]` → `line 12`: where each item of the document came from. */
  readonly origins: ReadonlyMap<string, string>;
}

/** Collects an importer's report, and the origin of each item it makes. */
export class ImportLog {
  readonly problems: Problem[] = [];
  readonly origins = new Map<string, string>();

  note(code: ProblemCode, place: string, message: ReportText) {
    this.problems.push(problem(code, place, message, 'warning'));
  }
  error(code: ProblemCode, place: string, message: ReportText) {
    this.problems.push(problem(code, place, message, 'error'));
  }
  mapped(place: string, message: ReportText) {
    this.note('import-mapped', place, message);
  }
  dropped(place: string, message: ReportText) {
    this.note('import-dropped', place, message);
  }
  guessed(place: string, message: ReportText) {
    this.note('import-guessed', place, message);
  }
  origin(item: string, place: string) {
    this.origins.set(item, place);
  }
  get failed(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
  result(format: LoaderMessage, document: Record<string, unknown> | undefined): ImportResult {
    return {
      format,
      document: this.failed ? undefined : document,
      problems: this.problems,
      origins: this.origins,
    };
  }
}

/**
 * Many notes of one kind become one: "3 claims had no parent (lines 4, 9, 12)". The
 * report stays readable for a 2,000-claim file; every place is still named, up to a cap.
 */
export class NoteGroup {
  private readonly places: string[] = [];
  constructor(
    private readonly code: ProblemCode,
    private readonly describe: (count: number) => LoaderMessage,
  ) {}
  add(place: string) {
    this.places.push(place);
  }
  flush(log: ImportLog) {
    if (!this.places.length) return;
    const what = this.describe(this.places.length);
    const places = this.places.slice(0, 12).join(', ');
    const more = this.places.length - 12;
    log.note(
      this.code,
      this.places[0]!,
      more > 0
        ? /*i18n*/ {
            id: 'import.group-and-more',
            message: '{what} ({places} and {more} more)',
            values: { what, places, more },
          }
        : /*i18n*/ { id: 'import.group', message: '{what} ({places})', values: { what, places } },
    );
  }
}

/** Today as the format writes dates, for `meta.updated` when a file gives none. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The usual frame of a debate; what the source did not say is reported as guessed. */
export function debateFrame(
  log: ImportLog,
  title: string,
  place: string,
  idOf: (text: string) => string,
  updated = today(),
): Record<string, unknown> {
  log.guessed(
    place,
    /*i18n*/ {
      id: 'import.frame-guessed',
      message: 'language not given: set to "en"; dated {updated}, the day of the import',
      values: { updated },
    },
  );
  return {
    format: 'debate-graph',
    version: 1,
    meta: { id: idOf(title), title, language: 'en', updated },
  };
}
