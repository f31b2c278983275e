// Text files as the importers read them: a byte-order mark dropped, and CRLF, lone CR
// and LF all ending a line, so a file saved on any system reads the same.
export function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
}

/** `line 12`: places in text files are 1-based, as editors show them. */
export const lineAt = (index: number) => `line ${index + 1}`;
