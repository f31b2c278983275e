// A sheet as the spreadsheet importer sees it, whatever file it came from: a name and
// rows of text cells. Limits are checked while the file is read, like the JSON limits.
import type { LoaderMessage } from '../../problems';

export interface Sheet {
  readonly name: string;
  /** rows[0] is row 1; a row is its cells from column A, "" where empty. */
  readonly rows: readonly (readonly string[])[];
}

export const SHEET_LIMITS = {
  /**
   * Unpacked bytes read from a workbook in all, as a multiple of the largest debate file:
   * XML spends several bytes of markup per byte of text, a zip bomb thousands.
   */
  unzippedPerFileByte: 6,
  maxEntries: 5_000,
  maxRows: 50_000,
  maxColumns: 200,
  /** A cell holds a quote or a summary, never a book. */
  maxCellChars: 100_000,
};

/** Column 0 → "A", 27 → "AB". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "AB12" → [11, 27] (row and column, 0-based); undefined when it is not a reference. */
export function parseCellRef(ref: string): [number, number] | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const c of match[1]!) column = column * 26 + (c.charCodeAt(0) - 64);
  return [Number(match[2]) - 1, column - 1];
}

/** `Positions!C4`, as spreadsheets write a cell's place. */
export const cellPlace = (sheet: string, row: number, column: number) =>
  `${sheet}!${columnName(column)}${row + 1}`;

/** Thrown while reading when a limit is passed; the importer turns it into an error. */
export class SheetLimitError extends Error {
  constructor(
    readonly place: string,
    readonly text: LoaderMessage,
  ) {
    super(text.message);
  }
}

/** Builds a sheet cell by cell, enforcing the limits as it goes. */
export class SheetBuilder {
  private readonly rows: string[][] = [];
  constructor(readonly name: string) {}

  set(row: number, column: number, value: string) {
    if (!value) return;
    if (row >= SHEET_LIMITS.maxRows)
      throw new SheetLimitError(
        cellPlace(this.name, row, column),
        /*i18n*/ {
          id: 'sheet.too-many-rows',
          message: 'the sheet has more than {max, number} rows',
          values: { max: SHEET_LIMITS.maxRows },
        },
      );
    if (column >= SHEET_LIMITS.maxColumns)
      throw new SheetLimitError(
        cellPlace(this.name, row, column),
        /*i18n*/ {
          id: 'sheet.too-many-columns',
          message: 'the sheet has more than {max, number} columns',
          values: { max: SHEET_LIMITS.maxColumns },
        },
      );
    if (value.length > SHEET_LIMITS.maxCellChars)
      throw new SheetLimitError(
        cellPlace(this.name, row, column),
        /*i18n*/ {
          id: 'sheet.cell-too-long',
          message:
            'the cell holds {length, number} characters; a cell may hold at most {max, number}',
          values: { length: value.length, max: SHEET_LIMITS.maxCellChars },
        },
      );
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row]!;
    while (cells.length < column) cells.push('');
    cells[column] = value;
  }

  build(): Sheet {
    return { name: this.name, rows: this.rows };
  }
}
