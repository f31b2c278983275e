// Which format a file is in, from its content first and its name second: a Kialo
// export saved as .txt, a spreadsheet renamed, or a `?data=` link without an
// extension all open the same way.
import { looksLikeArgdown } from './argdown-detect';
import { looksLikeKialo } from './kialo-detect';

export type FormatKind = 'json' | 'aif' | 'kialo' | 'argdown' | 'csv' | 'zip' | 'xls' | 'unknown';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE);
}

/** Bytes → text: UTF-8 unless a UTF-16 byte-order mark says otherwise; never throws. */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

/** AIF JSON: `nodes` with AIF node types, and `edges`; not a debate-graph document. */
export function looksLikeAif(head: string): boolean {
  return (
    /"nodes"\s*:/.test(head) &&
    /"edges"\s*:/.test(head) &&
    /"type"\s*:\s*"(I|RA|CA|L|YA|MA|TA|PA)"/.test(head) &&
    !/"format"\s*:\s*"debate-graph"/.test(head)
  );
}

const CSV_HEADER = /^[\uFEFF\s]*"?[A-Za-z][\w -]*"?\s*[,;\t]/;

export function detectFormat(name: string, bytes: Uint8Array, text: () => string): FormatKind {
  if (isZip(bytes)) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'xls';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const content = text();
  const head = content.slice(0, 65_536);
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('['))
    return looksLikeAif(head) ? 'aif' : 'json';
  if (extension === 'json') return 'json';
  if (looksLikeKialo(head)) return 'kialo';
  if (extension === 'argdown' || extension === 'ad' || looksLikeArgdown(head)) return 'argdown';
  if (extension === 'csv' || extension === 'tsv' || CSV_HEADER.test(head)) return 'csv';
  if (extension === 'xlsx' || extension === 'ods') return 'zip';
  return 'unknown';
}
