import { ImportLog, type ImportResult } from './import-result';
export function importArgdown(_text: string): ImportResult {
  const log = new ImportLog();
  log.error('import-syntax', '', 'Argdown is not read yet');
  return log.result('Argdown', undefined);
}
