// A debate → the spreadsheet layout's sheets (the same table the importer reads):
// Meta, one sheet per array, and a Matrix of the stances for reading at a glance.
import {
  EVIDENCE_FIELDS,
  LAYOUTS,
  LIST_SEPARATOR,
  META_FIELDS,
} from '../import/spreadsheet/layout';
import type { Sheet } from '../import/spreadsheet/sheet';
import { itemsOf, lostCount } from './export-result';

type Json = Record<string, unknown>;

const cell = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : Array.isArray(value)
      ? value.join(LIST_SEPARATOR)
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/** The sheets, and what the layout cannot hold. */
export function debateToSheets(document: Json): { sheets: Sheet[]; lost: string[] } {
  const lost = lostCount(document, 'tours');
  // A list is one cell with `|` between its entries: an entry holding `|` itself (a
  // glossary word form, say) would come back as two.
  const split = LAYOUTS.flatMap((layout) =>
    itemsOf(document, layout.array).flatMap((item) =>
      (layout.lists ?? []).flatMap((field) =>
        Array.isArray(item[field])
          ? (item[field] as unknown[]).filter((v) => String(v).includes(LIST_SEPARATOR))
          : [],
      ),
    ),
  ).length;
  if (split)
    lost.push(`${split} list entr${split === 1 ? 'y' : 'ies'} containing "|", split in two`);
  const meta = (document.meta ?? {}) as Json;
  const sheets: Sheet[] = [
    {
      name: 'Meta',
      rows: [
        ['field', 'value'],
        ...Object.keys(meta)
          .filter((k) => (META_FIELDS as readonly string[]).includes(k) || k.startsWith('x-'))
          .map((k) => [k, cell(meta[k])]),
      ],
    },
  ];
  for (const layout of LAYOUTS) {
    const items = itemsOf(document, layout.array);
    const extensions = [
      ...new Set(items.flatMap((item) => Object.keys(item).filter((k) => k.startsWith('x-')))),
    ];
    const header = [...layout.fields, ...(layout.evidence ? EVIDENCE_FIELDS : []), ...extensions];
    const rows: string[][] = [header];
    for (const item of items) {
      const evidence = Array.isArray(item.evidence) ? (item.evidence as Json[]) : [];
      const [first, ...more] = evidence;
      rows.push(
        header.map((field) =>
          cell(
            (EVIDENCE_FIELDS as readonly string[]).includes(field) ? first?.[field] : item[field],
          ),
        ),
      );
      // A further row with the same key adds evidence (data-format.md).
      for (const extra of more)
        rows.push(
          header.map((field) =>
            cell(
              layout.key.includes(field)
                ? item[field]
                : (EVIDENCE_FIELDS as readonly string[]).includes(field)
                  ? extra[field]
                  : undefined,
            ),
          ),
        );
    }
    if (items.length) sheets.push({ name: layout.sheet, rows });
  }
  const positions = itemsOf(document, 'positions');
  const stances = itemsOf(document, 'stances');
  if (stances.length) {
    const of = new Map(
      stances.map((s) => [`${cell(s.actor)}\u0000${cell(s.position)}`, cell(s.stance)]),
    );
    sheets.push({
      name: 'Matrix',
      rows: [
        ['actor', ...positions.map((p) => cell(p.id))],
        ...itemsOf(document, 'actors').map((a) => [
          cell(a.id),
          ...positions.map((p) => of.get(`${cell(a.id)}\u0000${cell(p.id)}`) ?? ''),
        ]),
      ],
    });
  }
  return { sheets, lost };
}
