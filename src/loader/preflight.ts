// Cheap checks on the raw text, before JSON.parse ever sees it: a huge file or a
// pathologically nested one is refused without allocating its object tree.
import { formatBytes, type LoadLimits } from './limits';
import { problem, type Problem } from './problems';

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Where a scan for structure stops: a quote (a string starts) or a bracket or brace. */
const STRUCTURE = /["[\]{}]/g;

/**
 * The deepest nesting of arrays and objects in JSON text, skipping strings; stops early past `limit`.
 * The regular expression and indexOf jump over the text between structural characters
 * (most of a debate's 5 MB is prose inside strings) instead of looking at each character.
 */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  const structure = new RegExp(STRUCTURE);
  while (structure.test(text)) {
    const at = structure.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c === 0x22) {
      const end = closingQuote(text, at);
      if (end < 0) return deepest;
      structure.lastIndex = end + 1;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else depth--;
  }
  return deepest;
}

/** The quote that ends the string opened at `open`: one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text: string, open: number): number {
  let end = open;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
}

/** The file's size in bytes when it is over `max`, else null. */
function sizeOverLimit(text: string, max: number): number | null {
  // A UTF-8 byte is at least one UTF-16 unit, so a long string needs no exact count;
  // a unit is at most three bytes (a surrogate pair's two units make four), so neither
  // does a short one.
  if (text.length > max) return text.length;
  if (text.length * 3 <= max) return null;
  const bytes = utf8Length(text);
  return bytes > max ? bytes : null;
}

export function preflight(text: string, limits: LoadLimits): Problem[] {
  const bytes = sizeOverLimit(text, limits.maxBytes);
  if (bytes !== null) {
    return [
      problem(
        'too-large',
        '',
        /*i18n*/ {
          id: 'preflight.too-large',
          message: 'The file is {size}; a debate may be at most {max}.',
          values: { size: formatBytes(bytes), max: formatBytes(limits.maxBytes) },
        },
      ),
    ];
  }
  if (/^\uFEFF?\s*$/.test(text))
    return [
      problem(
        'invalid-json',
        '',
        /*i18n*/ {
          id: 'preflight.empty',
          message: 'The file is empty: a debate file holds a JSON object.',
        },
      ),
    ];
  // A saved web page or an error page renamed .json: say what it is, not where JSON.parse tripped.
  if (/^\uFEFF?\s*</.test(text.slice(0, 4096))) {
    return [
      problem(
        'html-not-json',
        '',
        /*i18n*/ {
          id: 'preflight.markup',
          message:
            'This is a web page or other markup (it starts with "<"), not a JSON debate file.',
        },
      ),
    ];
  }
  if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
    return [
      problem(
        'too-deep',
        '',
        /*i18n*/ {
          id: 'preflight.too-deep',
          message: 'The file nests more than {depth} levels deep.',
          values: { depth: limits.maxDepth },
        },
      ),
    ];
  }
  return [];
}
