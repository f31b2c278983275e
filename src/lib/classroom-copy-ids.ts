// What a classroom copy's page is made of (classroom-copy-html.ts): apart, because the
// first screen needs only these names to tell a copy from the hosted app.

/** The element ids a copy is made of, and that the app reads back from it. */
export const COPY_IDS = {
  app: 'stancemap-app',
  style: 'stancemap-style',
  debate: 'stancemap-debate',
  info: 'stancemap-copy',
} as const;

/** What a copy says about itself (the `stancemap-copy` block). */
export interface CopyInfo {
  /** When it was made, ISO 8601. */
  readonly made: string;
  /** The debate's title when it was made. */
  readonly title: string;
  /** The query string of the screen it opens on (`?view=…`), without data= or dataset=. */
  readonly search: string;
  /** Where the debate came from, so a copy of a debate from a link still names its host. */
  readonly source?: unknown;
  /**
   * The online address of the same debate (http: or https:, with `data=` or `dataset=`
   * and nothing else), when the copy was made from the hosted app: a file has no address
   * others can open, so Share offers this one. Absent for a debate opened from a file.
   */
  readonly online?: string;
}
