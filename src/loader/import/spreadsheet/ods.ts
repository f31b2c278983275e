// OpenDocument spreadsheets (.ods): every `table:table` of content.xml. Repeated rows
// and columns (LibreOffice writes a million empty ones) only move the cursor unless
// they hold something, so they cost nothing. A formula cell yields its saved value.
import type { WorkbookRead } from './xlsx';
import { cellPlace, SheetBuilder, type Sheet } from './sheet';
import { localName, scanXml } from './xml';

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
export const isOdsPart = (name: string) => name === 'mimetype' || name === 'content.xml';

const repeat = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 1;
};

export function readOds(entries: ReadonlyMap<string, Uint8Array>): WorkbookRead {
  const sheets: Sheet[] = [];
  const formulas: string[] = [];
  let sheet: SheetBuilder | null = null;
  let row = 0;
  let column = 0;
  let rowRepeat = 1;
  let rowCells: [number, string][] = [];
  let cell: { repeat: number; value?: string; paragraphs: string[]; formula: boolean } | null =
    null;
  let inParagraph = false;

  scanXml(new TextDecoder().decode(entries.get('content.xml') ?? new Uint8Array()), {
    open(tag, attributes, selfClosing) {
      const name = localName(tag);
      if (name === 'table' && tag.startsWith('table:')) {
        sheet = new SheetBuilder(attributes['table:name'] ?? `Sheet${sheets.length + 1}`);
        row = 0;
      } else if (name === 'table-row') {
        column = 0;
        rowCells = [];
        rowRepeat = repeat(attributes['table:number-rows-repeated']);
      } else if (name === 'table-cell' || name === 'covered-table-cell') {
        const type = attributes['office:value-type'];
        const value =
          type === 'date'
            ? attributes['office:date-value']?.replace(/T.*$/, '')
            : type === 'boolean'
              ? attributes['office:boolean-value']?.toUpperCase()
              : type && type !== 'string'
                ? attributes['office:value']
                : undefined;
        cell = {
          repeat: repeat(attributes['table:number-columns-repeated']),
          ...(value !== undefined && { value }),
          paragraphs: [],
          formula: attributes['table:formula'] !== undefined,
        };
      } else if (cell && name === 'p' && tag.startsWith('text:')) {
        cell.paragraphs.push('');
        inParagraph = !selfClosing;
      } else if (cell && inParagraph && name === 's') {
        cell.paragraphs[cell.paragraphs.length - 1] += ' '.repeat(
          Math.min(repeat(attributes['text:c']), 1000),
        );
      } else if (cell && inParagraph && name === 'tab')
        cell.paragraphs[cell.paragraphs.length - 1] += '\t';
      else if (cell && inParagraph && name === 'line-break')
        cell.paragraphs[cell.paragraphs.length - 1] += '\n';
    },
    close(tag) {
      const name = localName(tag);
      if (name === 'p') inParagraph = false;
      else if ((name === 'table-cell' || name === 'covered-table-cell') && cell) {
        const value = cell.value ?? cell.paragraphs.join('\n');
        if (value) {
          if (cell.formula && sheet) formulas.push(cellPlace(sheet.name, row, column));
          // A repeated non-empty cell is copied; the sheet's limits stop a runaway copy.
          for (let i = 0; i < cell.repeat; i++) rowCells.push([column + i, value]);
        }
        column += cell.repeat;
        cell = null;
      } else if (name === 'table-row' && sheet) {
        const copies = rowCells.length ? rowRepeat : 0;
        for (let r = 0; r < copies; r++)
          for (const [c, value] of rowCells) sheet.set(row + r, c, value);
        row += rowRepeat;
      } else if (name === 'table' && tag.startsWith('table:') && sheet) {
        sheets.push(sheet.build());
        sheet = null;
      }
    },
    text(chunk) {
      if (cell && inParagraph) cell.paragraphs[cell.paragraphs.length - 1] += chunk;
    },
  });
  return { sheets, formulas };
}
