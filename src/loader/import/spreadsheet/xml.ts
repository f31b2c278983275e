// A small, flat XML scanner for the parts of a workbook: elements, attributes and
// text, in document order, through callbacks. It never expands entities beyond the
// five predefined ones and character references (so no entity bombs, no external
// files), never recurses, and tolerates damage by stopping where the text stops.

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (all, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? all;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : '\uFFFD';
  });
}

export function scanXml(xml: string, handler: XmlHandler): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      handler.text(decodeEntities(xml.slice(at)));
      return;
    }
    if (lt > at) handler.text(decodeEntities(xml.slice(at, lt)));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return;
      at = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return;
      handler.text(xml.slice(lt + 9, end));
      at = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) return;
    const body = xml.slice(lt + 1, gt);
    at = gt + 1;
    if (body[0] === '?' || body[0] === '!') continue;
    if (body[0] === '/') {
      handler.close(body.slice(1).trim());
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const space = inner.search(/\s/);
    const name = space < 0 ? inner : inner.slice(0, space);
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    if (space >= 0)
      for (const match of inner.slice(space).matchAll(ATTRIBUTE))
        attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
    handler.open(name, attributes, selfClosing);
    if (selfClosing) handler.close(name);
  }
}

/** The local part of a prefixed name: `table:table-cell` → `table-cell`. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);
