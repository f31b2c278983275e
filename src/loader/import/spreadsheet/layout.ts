// The spreadsheet layout (data-format.md, "Other formats"): one sheet per array of the
// format, named like it, with the JSON field names in row 1; `|` between the items of a
// list (ids, or a glossary term's word forms); `source`, `quote`, `note` columns for evidence, a further row with the same key
// adding more. The exporter writes this layout and the importer reads it: one table.

export interface SheetLayout {
  /** The sheet's name, and the array it fills. */
  readonly sheet: string;
  readonly array: string;
  readonly fields: readonly string[];
  /** Fields holding `|`-separated lists (of ids, or of word forms). */
  readonly lists?: readonly string[];
  /** Whether rows carry evidence columns. */
  readonly evidence?: boolean;
  /** The fields that name one item: a repeated key adds evidence to the same item. */
  readonly key: readonly string[];
  /** Fields a row may leave empty because the importer can make them from others. */
  readonly made?: string;
}

export const EVIDENCE_FIELDS = ['source', 'quote', 'note'] as const;

export const LAYOUTS: readonly SheetLayout[] = [
  {
    sheet: 'Issues',
    array: 'issues',
    fields: ['id', 'question', 'summary'],
    key: ['id'],
    made: 'question',
  },
  {
    sheet: 'Positions',
    array: 'positions',
    fields: ['id', 'issue', 'statement', 'complementOf'],
    key: ['id'],
    made: 'statement',
  },
  {
    sheet: 'Actors',
    array: 'actors',
    fields: ['id', 'name', 'shortName', 'kind', 'summary', 'memberOf'],
    key: ['id'],
    made: 'name',
  },
  {
    sheet: 'Stances',
    array: 'stances',
    fields: ['actor', 'position', 'stance', 'summary', 'basis', 'basisNote'],
    evidence: true,
    key: ['actor', 'position'],
  },
  {
    sheet: 'Arguments',
    array: 'arguments',
    fields: ['id', 'claim', 'text', 'target', 'relation', 'by'],
    lists: ['by'],
    evidence: true,
    key: ['id'],
    made: 'claim',
  },
  {
    sheet: 'Sources',
    array: 'sources',
    fields: ['id', 'title', 'publisher', 'date', 'url'],
    key: ['id'],
    made: 'title',
  },
  {
    sheet: 'Events',
    array: 'events',
    fields: ['id', 'date', 'title', 'summary', 'actors'],
    lists: ['actors'],
    evidence: true,
    key: ['id'],
    made: 'title',
  },
  {
    sheet: 'Glossary',
    array: 'glossary',
    fields: ['term', 'definition', 'match', 'skip'],
    lists: ['match', 'skip'],
    evidence: true,
    key: ['term'],
  },
];

export const META_FIELDS = [
  'id',
  'title',
  'summary',
  'shortSummary',
  'language',
  'updated',
  'license',
  'notes',
  'method',
] as const;
export const LIST_SEPARATOR = '|';
