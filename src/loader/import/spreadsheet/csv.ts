// CSV (comma, semicolon or tab separated, as spreadsheets save it): quoted fields
// with doubled quotes and line breaks inside, CRLF, LF or lone CR, a byte-order mark.
import { SheetBuilder, type Sheet } from './sheet';

/** The separator the header line uses most, outside quotes. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, firstLine.split(s).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function parseCsv(name: string, raw: string): Sheet {
  const text = raw.replace(/^\uFEFF/, '');
  const separator = separatorOf(text);
  const sheet = new SheetBuilder(name);
  let row = 0;
  let column = 0;
  let at = 0;
  while (at < text.length) {
    let value: string;
    if (text[at] === '"') {
      let end = at + 1;
      const parts: string[] = [];
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) {
          parts.push(text.slice(end));
          end = text.length;
          break;
        }
        parts.push(text.slice(end, quote));
        if (text[quote + 1] === '"') {
          parts.push('"');
          end = quote + 2;
        } else {
          end = quote + 1;
          break;
        }
      }
      value = parts.join('');
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      const rest = /^[^,;\t\r\n]*/.exec(text.slice(end, end + 1000))![0];
      value += rest;
      at = end + rest.length;
    } else {
      let end = at;
      while (
        end < text.length &&
        text[end] !== separator &&
        text[end] !== '\n' &&
        text[end] !== '\r'
      )
        end++;
      value = text.slice(at, end);
      at = end;
    }
    sheet.set(row, column, value.trim() === value ? value : value.trim());
    const c = text[at];
    if (c === separator) {
      column++;
      at++;
    } else {
      row++;
      column = 0;
      at += c === '\r' && text[at + 1] === '\n' ? 2 : 1;
    }
  }
  return sheet.build();
}
