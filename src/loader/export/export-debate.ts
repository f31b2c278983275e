// The open debate in another format: each writer is a chunk of its own, fetched when
// the reader asks for that download.
import type { Debate } from '../../domain/model';
import { serialiseDebate } from '../serialise';
import type { Exported } from './export-result';

export const EXPORT_FORMATS = {
  xlsx: 'spreadsheet',
  argdown: 'Argdown',
  kialo: 'Kialo outline',
  aif: 'AIF JSON',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Writes the debate as written; no other format has a place for its translations. */
export async function exportDebate(debate: Debate, format: ExportFormat): Promise<Exported> {
  const document = serialiseDebate(debate);
  const exported = await written(document, format);
  const languages = Object.keys(document.translations ?? {});
  return languages.length
    ? { ...exported, lost: [...exported.lost, `translations (${languages.join(', ')})`] }
    : exported;
}

async function written(
  document: ReturnType<typeof serialiseDebate>,
  format: ExportFormat,
): Promise<Exported> {
  switch (format) {
    case 'xlsx': {
      const [{ debateToSheets }, { writeXlsx }] = await Promise.all([
        import('./to-sheets'),
        import('./xlsx-writer'),
      ]);
      const { sheets, lost } = debateToSheets(document);
      return {
        content: writeXlsx(sheets),
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
        lost,
      };
    }
    case 'argdown':
      return (await import('./argdown-writer')).writeArgdown(document);
    case 'kialo':
      return (await import('./kialo-writer')).writeKialo(document);
    case 'aif':
      return (await import('./aif-writer')).writeAif(document);
  }
}
