// The downloads, loaded only when a reader asks for one: none of this weighs on the
// first visit.
import { matrixCsv } from '../domain/matrix-csv';
import type { Debate } from '../domain/model';
import { graphToSvg, svgToPng } from '../graph/export/graph-image';
import { downloadBlob, exportFileName } from '../lib/download';
import { exportDebate, EXPORT_FORMATS, type ExportFormat } from '../loader/export/export-debate';
import { serialiseDebate } from '../loader/serialise';
import type { AppState } from '../store/app-store';
import { makeClassroomCopy } from '../features/offline/make-copy';

/** What the picture shows, in words, so a saved image says how it was filtered. */
function describeFilters(state: AppState, debate: Debate): string {
  const parts = [`Showing: ${state.types.join(', ')}`];
  if (state.hiddenActorKinds.length)
    parts.push(`hidden actor kinds: ${state.hiddenActorKinds.join(', ')}`);
  const issue = state.issue ? debate.index.node.get(state.issue) : undefined;
  if (issue) parts.push(`focus: ${issue.label}`);
  if (state.query) parts.push(`search: “${state.query}”`);
  return parts.join(' · ');
}

export type Download =
  | 'graph-png'
  | 'graph-svg'
  | 'matrix-csv'
  | 'debate-json'
  | 'classroom-copy'
  | `debate-${ExportFormat}`;

/** Saves the debate in another format, and says what that format could not hold. */
async function downloadFormat(debate: Debate, format: ExportFormat): Promise<string> {
  const exported = await exportDebate(debate, format);
  const [what, extension] = exported.extension.includes('.')
    ? exported.extension.split('.')
    : ['debate', exported.extension];
  downloadBlob(
    exportFileName(debate.meta.id, what!, extension!),
    new Blob([exported.content as BlobPart], { type: exported.mimeType }),
  );
  const saved = `Debate saved as ${EXPORT_FORMATS[format]}.`;
  return exported.lost.length
    ? `${saved} Not kept in this format: ${exported.lost.join(', ')}.`
    : saved;
}

/** Makes and saves one download; returns what to tell the reader. */
export async function download(kind: Download, state: AppState, debate: Debate): Promise<string> {
  const id = debate.meta.id;
  switch (kind) {
    case 'debate-xlsx':
    case 'debate-argdown':
    case 'debate-kialo':
    case 'debate-aif':
      return downloadFormat(debate, kind.slice('debate-'.length) as ExportFormat);
    case 'matrix-csv':
      downloadBlob(
        exportFileName(id, 'matrix', 'csv'),
        new Blob([matrixCsv(debate)], { type: 'text/csv' }),
      );
      return 'Stance matrix saved as CSV.';
    case 'debate-json':
      downloadBlob(
        exportFileName(id, 'debate', 'json'),
        new Blob([JSON.stringify(serialiseDebate(debate), null, 2)], { type: 'application/json' }),
      );
      return 'Debate saved as JSON.';
    case 'classroom-copy': {
      const copy = await makeClassroomCopy(state, debate, state.debateSource);
      downloadBlob(copy.fileName, new Blob([copy.html], { type: 'text/html' }));
      return `Classroom copy saved as ${copy.fileName}: it opens in a browser with no network.`;
    }
    case 'graph-png':
    case 'graph-svg': {
      const svg = document.querySelector<SVGSVGElement>('[data-testid="graph"] svg');
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="graph"] canvas');
      if (!svg && canvas && kind === 'graph-png') {
        // A big debate is drawn on a canvas: its picture is saved as it stands.
        const blob = await new Promise<Blob | null>((resolve) =>
          canvas.toBlob(resolve, 'image/png'),
        );
        if (!blob) return 'The picture could not be made.';
        downloadBlob(exportFileName(id, 'graph', 'png'), blob);
        return 'Graph saved as PNG.';
      }
      if (!svg)
        return canvas
          ? 'A big debate is drawn on a canvas: save it as PNG.'
          : 'Open the graph (not the list) to save it as a picture.';
      const picture = await graphToSvg(svg, {
        title: debate.meta.title,
        filters: describeFilters(state, debate),
        credit: `Made with Stancemap · ${debate.meta.license ? `data ${debate.meta.license}` : 'data: see sources'} · updated ${debate.meta.updated}`,
      });
      const format = kind === 'graph-png' ? 'png' : 'svg';
      const blob =
        format === 'svg'
          ? new Blob([picture.markup], { type: 'image/svg+xml' })
          : await svgToPng(picture.markup, picture.width, picture.height);
      downloadBlob(exportFileName(id, 'graph', format), blob);
      return `Graph saved as ${format.toUpperCase()}.`;
    }
  }
}
