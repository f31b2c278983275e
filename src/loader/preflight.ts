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

/** The deepest nesting of arrays and objects in JSON text, skipping strings; stops early past `limit`. */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function preflight(text: string, limits: LoadLimits): Problem[] {
  // A UTF-8 byte is at least one UTF-16 unit, so a long string needs no exact count.
  const bytes = text.length > limits.maxBytes ? text.length : utf8Length(text);
  if (bytes > limits.maxBytes) {
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
