// The downloads, loaded only when a reader asks for one: none of this weighs on the
// first visit.
import { t } from '@lingui/core/macro';
import { actorKindLabel } from '../domain/actor-kind';
import { matrixCsv } from '../domain/matrix-csv';
import type { Debate, NodeType } from '../domain/model';
import { NODE_TYPE_NAMES } from '../domain/node-types';
import { currentLocale } from '../i18n/runtime';
import { formatList } from '../lib/intl';
import { drawnNodeTypes, graphToSvg, svgToPng } from '../graph/export/graph-image';
import { downloadBlob, exportFileName } from '../lib/download';
import { exportDebate, EXPORT_FORMATS, type ExportFormat } from '../loader/export/export-debate';
import { serialiseDebate } from '../loader/serialise';
import type { AppState } from '../store/app-store';
import { makeClassroomCopy } from '../features/offline/make-copy';

/**
 * What the picture shows, in words, so a saved image says how it was filtered: the node
 * types drawn (`drawn`), which a phone's map of the issues or folded arguments make
 * fewer than the filters let through.
 */
function describeFilters(state: AppState, debate: Debate, drawn: readonly NodeType[]): string {
  const locale = currentLocale();
  const types = formatList(
    locale,
    drawn.map((type) => NODE_TYPE_NAMES[type].plural),
  );
  const parts = [t`Showing: ${types}`];
  if (state.hiddenActorKinds.length) {
    const kinds = formatList(locale, state.hiddenActorKinds.map(actorKindLabel));
    parts.push(t`hidden actor kinds: ${kinds}`);
  }
  const issue = state.issue ? debate.index.node.get(state.issue) : undefined;
  if (issue) {
    const label = issue.label;
    parts.push(t`focus: ${label}`);
  }
  if (state.query) {
    const query = state.query;
    parts.push(t`search: “${query}”`);
  }
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
  const name = EXPORT_FORMATS[format];
  const saved = t`Debate saved as ${name}.`;
  if (!exported.lost.length) return saved;
  const lost = formatList(currentLocale(), exported.lost);
  return `${saved} ${t`Not kept in this format: ${lost}.`}`;
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
      return t`Stance matrix saved as CSV.`;
    case 'debate-json':
      downloadBlob(
        exportFileName(id, 'debate', 'json'),
        new Blob([JSON.stringify(serialiseDebate(debate), null, 2)], { type: 'application/json' }),
      );
      return t`Debate saved as JSON.`;
    case 'classroom-copy': {
      const copy = await makeClassroomCopy(state, debate, state.debateSource);
      downloadBlob(copy.fileName, new Blob([copy.html], { type: 'text/html' }));
      const fileName = copy.fileName;
      return t`Classroom copy saved as ${fileName}: it opens in a browser with no network.`;
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
        if (!blob) return t`The picture could not be made.`;
        downloadBlob(exportFileName(id, 'graph', 'png'), blob);
        return t`Graph saved as PNG.`;
      }
      if (!svg)
        return canvas
          ? t`A big debate is drawn on a canvas: save it as PNG.`
          : t`Open the graph (not the list) to save it as a picture.`;
      const { license, updated } = debate.meta;
      const picture = await graphToSvg(svg, {
        title: debate.meta.title,
        filters: describeFilters(state, debate, drawnNodeTypes(svg)),
        credit: license
          ? t`Made with Stancemap · data ${license} · updated ${updated}`
          : t`Made with Stancemap · data: see sources · updated ${updated}`,
      });
      const format = kind === 'graph-png' ? 'png' : 'svg';
      const blob =
        format === 'svg'
          ? new Blob([picture.markup], { type: 'image/svg+xml' })
          : await svgToPng(picture.markup, picture.width, picture.height);
      downloadBlob(exportFileName(id, 'graph', format), blob);
      return format === 'svg' ? t`Graph saved as SVG.` : t`Graph saved as PNG.`;
    }
  }
}
