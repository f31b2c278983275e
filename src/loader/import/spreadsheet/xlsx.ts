// Office Open XML workbooks (.xlsx): the workbook's sheet list, its shared strings and
// each sheet's cells. A formula cell yields the value the spreadsheet last saved.
import { cellPlace, SheetBuilder, parseCellRef, type Sheet } from './sheet';
import { scanXml } from './xml';

export interface WorkbookRead {
  readonly sheets: Sheet[];
  /** Cells (`Sheet!B4`) whose value came from a formula. */
  readonly formulas: string[];
}

const decoder = new TextDecoder();
const text = (entry: Uint8Array | undefined) => (entry ? decoder.decode(entry) : '');

export const isXlsxPart = (name: string) =>
  name === 'xl/workbook.xml' ||
  name === 'xl/_rels/workbook.xml.rels' ||
  name === 'xl/sharedStrings.xml' ||
  /^xl\/worksheets\/[^/]+\.xml$/.test(name);

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !phonetic) inText = true;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(value) {
      if (inText && current) current.push(value);
    },
  });
  return strings;
}

function readSheet(
  name: string,
  xml: string,
  strings: readonly string[],
  formulas: string[],
): Sheet {
  const sheet = new SheetBuilder(name);
  let row = -1;
  let column = -1;
  let type = '';
  let value: string[] | null = null;
  let hasFormula = false;
  let collect = false;
  scanXml(xml, {
    open(tag, attributes) {
      if (tag === 'row') {
        const r = Number(attributes.r);
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        column = -1;
      } else if (tag === 'c') {
        const ref = attributes.r ? parseCellRef(attributes.r) : undefined;
        column = ref ? ref[1] : column + 1;
        if (ref) row = ref[0];
        type = attributes.t ?? 'n';
        value = [];
        hasFormula = false;
      } else if (tag === 'f') hasFormula = true;
      else if (tag === 'v' || tag === 't') collect = value !== null;
    },
    close(tag) {
      if (tag === 'v' || tag === 't') collect = false;
      else if (tag === 'c' && value) {
        let cell = value.join('');
        if (type === 's') cell = strings[Number(cell)] ?? '';
        else if (type === 'b') cell = cell === '1' ? 'TRUE' : 'FALSE';
        else if (type === 'e') cell = '';
        if (hasFormula) formulas.push(cellPlace(name, row, column));
        sheet.set(row, column, cell);
        value = null;
      }
    },
    text(chunk) {
      if (collect && value) value.push(chunk);
    },
  });
  return sheet.build();
}

export function readXlsx(entries: ReadonlyMap<string, Uint8Array>): WorkbookRead {
  const targets = new Map<string, string>();
  scanXml(text(entries.get('xl/_rels/workbook.xml.rels')), {
    open(tag, attributes) {
      if (tag.endsWith('Relationship') && attributes.Id && attributes.Target)
        targets.set(attributes.Id, attributes.Target.replace(/^\/?(xl\/)?/, 'xl/'));
    },
    close() {},
    text() {},
  });
  const listed: { name: string; part: string }[] = [];
  scanXml(text(entries.get('xl/workbook.xml')), {
    open(tag, attributes) {
      if (tag !== 'sheet' && !tag.endsWith(':sheet')) return;
      const relation = Object.entries(attributes).find(([key]) => /(^|:)id$/.test(key))?.[1];
      const part = relation ? targets.get(relation) : undefined;
      if (attributes.name && part) listed.push({ name: attributes.name, part });
    },
    close() {},
    text() {},
  });
  const strings = sharedStrings(text(entries.get('xl/sharedStrings.xml')));
  const formulas: string[] = [];
  const sheets = listed
    .filter(({ part }) => entries.has(part))
    .map(({ name, part }) => readSheet(name, text(entries.get(part)), strings, formulas));
  return { sheets, formulas };
}
