// What an exporter hands back: the file's content and, in words, what the format
// could not hold, so the reader is told rather than surprised on the way back.
export interface Exported {
  readonly content: string | Uint8Array;
  readonly mimeType: string;
  readonly extension: string;
  /** What was left out, e.g. "2 tours". Empty when the format held everything. */
  readonly lost: readonly string[];
}

type Json = Record<string, unknown>;

/** The items of one array of a serialised debate. */
export const itemsOf = (document: Json, array: string): Json[] =>
  Array.isArray(document[array]) ? (document[array] as Json[]) : [];

/** "2 tours", counted only when there are some. */
export function lostCount(document: Json, array: string, noun = array): string[] {
  const n = itemsOf(document, array).length;
  return n ? [`${n} ${n === 1 ? noun.replace(/s$/, '') : noun}`] : [];
}
