// Spreadsheets in: an .xlsx or .ods workbook, or .csv files (one per sheet, named after
// it), read into sheets with the limits checked as they are read, then mapped by the
// layout. A lazily loaded chunk: nothing of it loads until such a file is opened.
import type { LoaderMessage } from '../../problems';
import { DEFAULT_LIMITS, type LoadLimits } from '../../limits';
import type { InputFile } from '../door';
import { decodeText, isZip } from '../detect';
import { ImportLog, NoteGroup, type ImportResult } from '../import-result';
import { parseCsv } from './csv';
import { LAYOUTS } from './layout';
import { isOdsPart, ODS_MIMETYPE, readOds } from './ods';
import { SHEET_LIMITS, SheetLimitError, type Sheet } from './sheet';
import { sheetsToDebate } from './sheets-to-debate';
import { isXlsxPart, readXlsx, type WorkbookRead } from './xlsx';
import { readZip, ZipError } from './zip';

export const SPREADSHEET: LoaderMessage = /*i18n*/ {
  id: 'format.spreadsheet',
  message: 'a spreadsheet',
};

/** `Debate - Positions.csv` (as Google Sheets names a download) → `Positions`. */
export function sheetNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt)$/i, '');
  return base.split(' - ').pop()!.trim();
}

/** The columns that tell a sheet from the others, for a CSV named like none of them. */
const SIGNATURES: readonly (readonly [string, readonly string[]])[] = [
  ['Stances', ['actor', 'position', 'stance']],
  ['Arguments', ['claim']],
  ['Positions', ['statement']],
  ['Issues', ['question']],
  ['Actors', ['name']],
  ['Glossary', ['term']],
  ['Events', ['date', 'title']],
  ['Sources', ['title']],
  ['Matrix', ['actor']],
];

const SHEET_NAMES = [...LAYOUTS.map((l) => l.sheet), 'Meta', 'Matrix'];
const isLayoutSheet = (sheet: Sheet) =>
  SHEET_NAMES.some((n) => n.toLowerCase() === sheet.name.trim().toLowerCase());

/** A lone CSV named like no sheet (a published link, say) is known by its header. */
function guessSheet(sheet: Sheet, log: ImportLog): Sheet {
  if (isLayoutSheet(sheet)) return sheet;
  const header = new Set((sheet.rows[0] ?? []).map((h) => h.trim().toLowerCase()));
  const name = SIGNATURES.find(([, columns]) => columns.every((c) => header.has(c)))?.[0];
  if (!name) return sheet;
  log.guessed(
    sheet.name,
    /*i18n*/ {
      id: 'sheet.read-as-the-sheet-from',
      message: 'read as the {name} sheet, from its column names',
      values: { name },
    },
  );
  return { ...sheet, name };
}

function readWorkbook(
  bytes: Uint8Array,
  log: ImportLog,
  limits: LoadLimits,
): WorkbookRead | undefined {
  if (!isZip(bytes)) {
    log.error(
      'not-a-spreadsheet',
      '',
      /*i18n*/ {
        id: 'sheet.the-file-is-not-an',
        message:
          'the file is not an .xlsx or .ods workbook (those are zip archives; this one is not)',
      },
    );
    return undefined;
  }
  const entries = readZip(
    bytes,
    (name) => isXlsxPart(name) || isOdsPart(name),
    limits.maxBytes * SHEET_LIMITS.unzippedPerFileByte,
  );
  const mimetype = entries.get('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype).trim() === ODS_MIMETYPE)
    return readOds(entries);
  if (entries.has('xl/workbook.xml')) return readXlsx(entries);
  log.error(
    'not-a-spreadsheet',
    '',
    /*i18n*/ {
      id: 'sheet.the-file-is-a-zip',
      message: 'the file is a zip archive, but neither an .xlsx nor an .ods workbook',
    },
  );
  return undefined;
}

export function importSpreadsheet(
  files: readonly InputFile[],
  limits: LoadLimits = DEFAULT_LIMITS,
  updated?: string,
): ImportResult {
  const log = new ImportLog();
  let format = SPREADSHEET;
  try {
    let sheets: Sheet[];
    const first = files[0];
    if (files.length === 1 && first && (isZip(first.bytes) || /\.(xlsx|ods)$/i.test(first.name))) {
      format = /\.ods$/i.test(first.name)
        ? /*i18n*/ { id: 'format.ods', message: 'an OpenDocument spreadsheet' }
        : /*i18n*/ { id: 'format.xlsx', message: 'an Excel workbook' };
      const read = readWorkbook(first.bytes, log, limits);
      if (!read) return log.result(format, undefined);
      sheets = read.sheets;
      const formulas = new NoteGroup('formula-cell', (n) => /*i18n*/ ({
        id: 'sheet.cell-s-hold-formulas-the',
        message: '{count} cell(s) hold formulas: the value last saved with them was used',
        values: { count: n },
      }));
      for (const place of read.formulas) formulas.add(place);
      formulas.flush(log);
    } else {
      format =
        files.length > 1
          ? /*i18n*/ {
              id: 'format.csv-sheets',
              message: '{count} CSV sheets',
              values: { count: files.length },
            }
          : /*i18n*/ { id: 'format.csv-sheet', message: 'a CSV sheet' };
      sheets = files.map((file) => parseCsv(sheetNameOf(file.name), decodeText(file.bytes)));
      if (files.length === 1) sheets = sheets.map((sheet) => guessSheet(sheet, log));
    }
    if (!sheets.some((sheet) => sheet.rows.some((row) => row.some((cell) => cell.trim())))) {
      log.error(
        'import-syntax',
        '',
        /*i18n*/ { id: 'sheet.the-spreadsheet-is-empty', message: 'the spreadsheet is empty' },
      );
      return log.result(format, undefined);
    }
    if (!sheets.some(isLayoutSheet)) {
      log.error(
        'import-syntax',
        '',
        /*i18n*/ {
          id: 'sheet.no-sheet-is-named-like',
          message: "no sheet is named like the layout's ({names}); found {found}",
          values: {
            names: SHEET_NAMES.join(', '),
            found: sheets.map((s) => `"${s.name.slice(0, 40)}"`).join(', '),
          },
        },
      );
      return log.result(format, undefined);
    }
    return log.result(format, sheetsToDebate(sheets, log, updated));
  } catch (error) {
    if (error instanceof SheetLimitError) log.error('too-large', error.place, error.text);
    else if (error instanceof ZipError)
      log.error(
        'not-a-spreadsheet',
        '',
        /*i18n*/ {
          id: 'sheet.the-file-cannot-be-read',
          message: 'the file cannot be read: {message}',
          values: { message: error.text },
        },
      );
    else throw error;
    return log.result(format, undefined);
  }
}
