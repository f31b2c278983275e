// The document around a benchmark debate's generated lists: the format's header, the
// meta every generated debate shares (English, dated when the benchmark was written),
// and the lists in the format's order (data-format.md), so the generators write only
// what they vary.

export interface GeneratedMeta {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly notes?: string;
}

/** The document's lists, in the format's order. */
const LISTS = ['issues', 'actors', 'positions', 'stances', 'arguments', 'sources'] as const;

export type GeneratedLists = Readonly<Record<(typeof LISTS)[number], readonly unknown[]>>;

/** `schema` names the JSON Schema in the document, as a hand-written debate would. */
export function debateDocument(
  meta: GeneratedMeta,
  lists: GeneratedLists,
  schema?: string,
): Record<string, unknown> {
  const { notes, ...named } = meta;
  return {
    ...(schema !== undefined && { $schema: schema }),
    format: 'debate-graph',
    version: 1,
    meta: {
      ...named,
      language: 'en',
      updated: '2026-06-24',
      ...(notes !== undefined && { notes }),
    },
    ...Object.fromEntries(LISTS.map((name) => [name, lists[name]])),
  };
}
