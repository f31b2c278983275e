// Writes data/template.xlsx from data/template.json with the app's own exporter, so the
// template workbook always shows the same debate in the spreadsheet layout (a test
// fails when it is stale: run `npm run template:xlsx`).
import { readFile, writeFile } from 'node:fs/promises';
import { debateToSheets } from '../src/loader/export/to-sheets';
import { writeXlsx } from '../src/loader/export/xlsx-writer';
import { loadDebateText } from '../src/loader/load-debate';
import { formatProblem } from '../src/loader/problems';
import { serialiseDebate } from '../src/loader/serialise';

export async function templateWorkbook(): Promise<Uint8Array> {
  const text = await readFile(new URL('../data/template.json', import.meta.url), 'utf8');
  const result = loadDebateText(text);
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return writeXlsx(debateToSheets(serialiseDebate(result.debate)).sheets);
}

if (process.argv[1]?.endsWith('make-template-workbook.ts')) {
  await writeFile(new URL('../data/template.xlsx', import.meta.url), await templateWorkbook());
  console.log('data/template.xlsx written from data/template.json');
}
