// Argdown's `{…}` data: YAML flow style, as far as a debate needs it — maps, lists,
// quoted and bare strings. Returns the value or the reason it could not be read.
// Nesting is capped, so hostile input cannot exhaust the stack.
const MAX_NESTING = 8;

export type Data = string | Data[] | { [key: string]: Data };
export type DataRead = { ok: true; value: Data; end: number } | { ok: false; reason: string };

const fail = (reason: string): DataRead => ({ ok: false, reason });

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function readString(text: string, at: number): DataRead {
  const quote = text[at]!;
  let value = '';
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quote === '"' && i + 1 < text.length) {
      const next = text[++i]!;
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    } else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        value += "'";
        i++;
      } else return { ok: true, value, end: i + 1 };
    } else value += c;
  }
  return fail(`a ${quote === '"' ? 'double' : 'single'}-quoted text is never closed`);
}

function readValue(text: string, at: number, depth: number): DataRead {
  if (depth > MAX_NESTING) return fail(`the data nests more than ${MAX_NESTING} levels deep`);
  at = skipSpace(text, at);
  const c = text[at];
  if (c === undefined) return fail('the data ends where a value should be');
  if (c === '"' || c === "'") return readString(text, at);
  if (c === '{' || c === '[') {
    const close = c === '{' ? '}' : ']';
    const map: { [key: string]: Data } = Object.create(null) as { [key: string]: Data };
    const list: Data[] = [];
    at = skipSpace(text, at + 1);
    while (text[at] !== close) {
      if (at >= text.length) return fail(`a "${c}" is never closed with "${close}"`);
      if (c === '{') {
        const key = /^\s*("([^"]*)"|'([^']*)'|[^:,{}[\]]+?)\s*:/.exec(text.slice(at, at + 200));
        if (!key) return fail(`expected "key: value" at "${text.slice(at, at + 20)}"`);
        const read = readValue(text, at + key[0].length, depth + 1);
        if (!read.ok) return read;
        map[(key[2] ?? key[3] ?? key[1]!).trim()] = read.value;
        at = read.end;
      } else {
        const read = readValue(text, at, depth + 1);
        if (!read.ok) return read;
        list.push(read.value);
        at = read.end;
      }
      at = skipSpace(text, at);
      if (text[at] === ',') at = skipSpace(text, at + 1);
      else if (text[at] !== close)
        return at >= text.length
          ? fail(`a "${c}" is never closed with "${close}"`)
          : fail(`expected "," or "${close}" at "${text.slice(at, at + 20)}"`);
    }
    return { ok: true, value: c === '{' ? map : list, end: at + 1 };
  }
  const bare = /^[^,{}[\]]*/.exec(text.slice(at))![0];
  return { ok: true, value: bare.trim(), end: at + bare.length };
}

/** Reads `{…}` starting at `at` (which must be "{"). */
export function readData(text: string, at: number): DataRead {
  return readValue(text, at, 0);
}

/** Data written back: bare where it is safe, quoted otherwise. */
export function writeData(value: Data): string {
  if (Array.isArray(value)) return `[${value.map(writeData).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${writeData(v)}`)
      .join(', ')}}`;
  return /^[\w.@/-]+$/.test(value) && !/^(true|false|null|~)$/i.test(value)
    ? value
    : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
