// Sheets in the layout → a debate-graph document, with the place of every item kept
// for the report. Reads what is there; what is missing is reported, and made only
// where the format cannot do without it (a debate's title, an issue for positions
// named only in a Matrix), always said.
import { STANCE_VALUES } from '../../../domain/model';
import { ImportLog, NoteGroup, today } from '../import-result';
import { IdMaker } from '../slug';
import { isWebAddress } from '../sources-in-text';
import { EVIDENCE_FIELDS, LAYOUTS, LIST_SEPARATOR, META_FIELDS, type SheetLayout } from './layout';
import { cellPlace, type Sheet } from './sheet';

type Item = Record<string, unknown>;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.toLowerCase();
/** A spreadsheet serial day number (Excel counts from 1899-12-30), as spreadsheets store dates. */
const SERIAL_DATE = /^\d{5}(\.\d+)?$/;
const DATE_FIELDS = new Set(['date', 'updated']);

function serialToIso(serial: string): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(serial)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

interface Context {
  readonly log: ImportLog;
  readonly ids: IdMaker;
  readonly serialDates: NoteGroup;
}

/** Maps each header of row 1 to a field of the layout; reports the ones it cannot use. */
function headerFields(
  sheet: Sheet,
  fields: readonly string[],
  log: ImportLog,
): (string | undefined)[] {
  return (sheet.rows[0] ?? []).map((header, column) => {
    const name = header.trim();
    if (!name) return undefined;
    if (name.startsWith('x-')) return name;
    const field = fields.find((f) => sameName(name, f));
    if (!field)
      log.dropped(
        cellPlace(sheet.name, 0, column),
        /*i18n*/ {
          id: 'sheet.the-column-is-not-a',
          message: 'the column "{value}" is not a field of {name}; it was left out',
          values: { value: name.slice(0, 60), name: sheet.name },
        },
      );
    return field;
  });
}

/**
 * An `x-…` cell that holds JSON other than text (true, 42, [1,2], {…}) is that value, so
 * extension fields survive a round trip through a spreadsheet; anything else is text.
 */
function extensionValue(text: string): unknown {
  if (!/^(true|false|null|-?\d|\[|\{)/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function cellValue(field: string, value: string, place: string, context: Context): unknown {
  const text = value.trim();
  if (field.startsWith('x-')) return extensionValue(text);
  if (DATE_FIELDS.has(field) && SERIAL_DATE.test(text)) {
    context.serialDates.add(place);
    return serialToIso(text);
  }
  return text;
}

/** One sheet in the layout → its items; repeated keys add evidence to the first. */
function readLayoutSheet(sheet: Sheet, layout: SheetLayout, context: Context): Item[] {
  const { log } = context;
  const allFields = [...layout.fields, ...(layout.evidence ? EVIDENCE_FIELDS : [])];
  const columns = headerFields(sheet, allFields, log);
  const items: Item[] = [];
  const byKey = new Map<string, [Item, number]>();
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    if (!row.some((cell) => cell.trim())) continue;
    const item: Item = {};
    const evidence: Item = {};
    const places = new Map<string, string>();
    row.forEach((raw, c) => {
      const field = columns[c];
      if (!field || !raw.trim()) return;
      const place = cellPlace(sheet.name, r, c);
      const value = cellValue(field, raw, place, context);
      places.set(field, place);
      if ((EVIDENCE_FIELDS as readonly string[]).includes(field) && layout.evidence)
        evidence[field] = value;
      else if (layout.lists?.includes(field))
        item[field] = String(value)
          .split(LIST_SEPARATOR)
          .map((v) => v.trim())
          .filter(Boolean);
      else item[field] = value;
    });
    const key = layout.key.map((k) => String(item[k] ?? '')).join('\u0000');
    const [earlier, index] = (layout.key.every((k) => item[k] !== undefined) && byKey.get(key)) || [
      undefined,
      items.length,
    ];
    const target = earlier ?? item;
    if (layout.evidence && Object.keys(evidence).length) {
      const list = ((target.evidence as Item[] | undefined) ??= []);
      for (const [field, place] of places)
        if ((EVIDENCE_FIELDS as readonly string[]).includes(field))
          log.origin(`${layout.array}[${index}].evidence[${list.length}].${field}`, place);
      list.push(evidence);
    }
    if (earlier) {
      const ignored = Object.keys(item).filter(
        (f) => !layout.key.includes(f) && String(item[f]) !== String(earlier[f]),
      );
      if (ignored.length)
        log.dropped(
          `${sheet.name} row ${r + 1}`,
          ignored.length > 1
            ? /*i18n*/ {
                id: 'sheet.further-row-fields',
                message:
                  'a further row for the same {key} adds evidence only; its {fields} were left out',
                values: { key: layout.key.join(' and '), fields: ignored.join(', ') },
              }
            : /*i18n*/ {
                id: 'sheet.further-row-field',
                message:
                  'a further row for the same {key} adds evidence only; its {fields} was left out',
                values: { key: layout.key.join(' and '), fields: ignored.join(', ') },
              },
        );
      continue;
    }
    if (layout.array === 'arguments' && item.by === undefined) item.by = [];
    if (layout.made && item.id === undefined && typeof item[layout.made] === 'string') {
      item.id = context.ids.make(item[layout.made] as string, layout.array.slice(0, -1));
      log.guessed(
        `${sheet.name} row ${r + 1}`,
        /*i18n*/ {
          id: 'sheet.no-id-given-was-made',
          message: 'no id given: "{value}" was made from the {made}',
          values: { value: String(item.id), made: layout.made },
        },
      );
    }
    if (typeof item.id === 'string') context.ids.claim(item.id);
    log.origin(`${layout.array}[${index}]`, `${sheet.name} row ${r + 1}`);
    for (const [field, place] of places)
      if (!(EVIDENCE_FIELDS as readonly string[]).includes(field))
        log.origin(`${layout.array}[${index}].${field}`, place);
    if (layout.key.every((k) => item[k] !== undefined)) byKey.set(key, [item, index]);
    items.push(item);
  }
  return items;
}

function readMeta(sheet: Sheet, log: ImportLog): Item {
  const meta: Item = {};
  sheet.rows.forEach((row, r) => {
    const field = (row[0] ?? '').trim();
    const value = (row[1] ?? '').trim();
    if (!field || (r === 0 && sameName(field, 'field'))) return;
    const known =
      META_FIELDS.find((f) => sameName(field, f)) ?? (field.startsWith('x-') ? field : undefined);
    if (!known)
      log.dropped(
        cellPlace(sheet.name, r, 0),
        /*i18n*/ {
          id: 'sheet.is-not-a-field-of',
          message: '"{value}" is not a field of meta; it was left out',
          values: { value: field.slice(0, 60) },
        },
      );
    else if (value) {
      meta[known] = known.startsWith('x-') ? extensionValue(value) : value;
      log.origin(`meta.${known}`, cellPlace(sheet.name, r, 1));
    }
  });
  return meta;
}

interface MatrixColumn {
  readonly position: string;
  readonly column: number;
  quote?: number;
  source?: number;
  note?: number;
}

/**
 * The Matrix sheet: actors down column A, positions across row 1, a stance in each
 * cell; a column headed quote, source or note belongs to the position column before it.
 */
function readMatrix(sheet: Sheet, document: Record<string, Item[]>, context: Context) {
  const { log, ids } = context;
  const header = sheet.rows[0] ?? [];
  if (!sameName(header[0] ?? '', 'actor'))
    log.guessed(
      cellPlace(sheet.name, 0, 0),
      /*i18n*/ {
        id: 'sheet.a-should-say-actor-column',
        message: 'A1 should say "actor": column A was read as the actors all the same',
      },
    );
  // Lookups by id and by label, so a 50,000-row Matrix reads in linear time.
  const known = { actors: new Map<string, string>(), positions: new Map<string, string>() };
  const labels = { actors: ['id', 'name', 'shortName'], positions: ['id', 'statement'] };
  for (const array of ['actors', 'positions'] as const)
    for (const item of document[array] ?? [])
      for (const field of labels[array])
        if (typeof item[field] === 'string' && !known[array].has(item[field]))
          known[array].set(item[field], String(item.id));
  const findOrMake = (array: 'actors' | 'positions', text: string, place: string): string => {
    const found = known[array].get(text);
    if (found) return found;
    const list = (document[array] ??= []);
    const id = ids.make(text, array.slice(0, -1));
    if (array === 'actors') list.push({ id, name: text, kind: 'unspecified' });
    else {
      const issues = (document.issues ??= []);
      if (!issues.length) {
        issues.push({ id: ids.make('question', 'issue'), question: 'What is debated?' });
        log.guessed(
          place,
          /*i18n*/ {
            id: 'sheet.positions-named-only-in-the',
            message:
              'positions named only in the Matrix need an issue: one was made ("What is debated?")',
          },
        );
      }
      list.push({ id, issue: issues[0]!.id, statement: text });
    }
    known[array].set(text, id);
    log.origin(`${array}[${list.length - 1}]`, place);
    log.guessed(
      place,
      array === 'actors'
        ? /*i18n*/ {
            id: 'sheet.made-actor',
            message:
              '"{value}" is not an actor of the other sheets: an actor (of kind "unspecified") was made',
            values: { value: text.slice(0, 60) },
          }
        : /*i18n*/ {
            id: 'sheet.made-position',
            message: '"{value}" is not a position of the other sheets: a position was made',
            values: { value: text.slice(0, 60) },
          },
    );
    return id;
  };
  const columns: MatrixColumn[] = [];
  header.forEach((raw, c) => {
    const text = raw.trim();
    if (c === 0 || !text) return;
    const extra = EVIDENCE_FIELDS.find((f) => sameName(text, f));
    const last = columns[columns.length - 1];
    if (extra && last) last[extra] = c;
    else if (extra)
      log.dropped(
        cellPlace(sheet.name, 0, c),
        /*i18n*/ {
          id: 'sheet.a-column-needs-a-position',
          message: 'a {extra} column needs a position column before it; it was left out',
          values: { extra },
        },
      );
    else
      columns.push({
        position: findOrMake('positions', text, cellPlace(sheet.name, 0, c)),
        column: c,
      });
  });
  const stances = (document.stances ??= []);
  const stanceOf = new Map(
    stances.map((s) => [`${String(s.actor)}\u0000${String(s.position)}`, s]),
  );
  const notStances = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'sheet.matrix-cell-s-are-not',
    message:
      '{count} Matrix cell(s) are not for, against, conditional or unclear and were left out',
    values: { count: n },
  }));
  let read = 0;
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const name = (row[0] ?? '').trim();
    if (!name) {
      if (row.some((cell) => cell.trim()))
        log.dropped(
          `${sheet.name} row ${r + 1}`,
          /*i18n*/ {
            id: 'sheet.the-row-names-no-actor',
            message: 'the row names no actor in column A; it was left out',
          },
        );
      continue;
    }
    const actor = findOrMake('actors', name, cellPlace(sheet.name, r, 0));
    for (const col of columns) {
      const value = (row[col.column] ?? '').trim().toLowerCase();
      const place = cellPlace(sheet.name, r, col.column);
      if (!value) continue;
      if (!(STANCE_VALUES as readonly string[]).includes(value)) {
        notStances.add(place);
        continue;
      }
      const evidence = matrixEvidence(sheet, row, r, col, document, context);
      const pair = `${actor}\u0000${col.position}`;
      const existing = stanceOf.get(pair);
      if (existing) {
        if (existing.stance !== value)
          log.dropped(
            place,
            /*i18n*/ {
              id: 'sheet.says-but-the-stances-sheet',
              message:
                'says "{value}", but the Stances sheet says "{kept}": the Stances row was kept',
              values: { value, kept: String(existing.stance) },
            },
          );
        else if (evidence && !existing.evidence) existing.evidence = [evidence];
        continue;
      }
      log.origin(`stances[${stances.length}]`, place);
      stanceOf.set(
        pair,
        (stances[stances.length] = {
          actor,
          position: col.position,
          stance: value,
          ...(evidence && { evidence: [evidence] }),
        }),
      );
      read++;
    }
  }
  notStances.flush(log);
  if (read)
    log.mapped(
      sheet.name,
      /*i18n*/ {
        id: 'sheet.matrix-cell-s-stances',
        message: '{read} Matrix cell(s) → stances',
        values: { read },
      },
    );
}

function matrixEvidence(
  sheet: Sheet,
  row: readonly string[],
  r: number,
  col: MatrixColumn,
  document: Record<string, Item[]>,
  { log, ids }: Context,
): Item | undefined {
  const at = (c: number | undefined) => (c === undefined ? '' : (row[c] ?? '').trim());
  const quote = at(col.quote);
  const note = at(col.note);
  let source = at(col.source);
  if (!source) {
    if (quote)
      log.dropped(
        cellPlace(sheet.name, r, col.quote!),
        /*i18n*/ {
          id: 'sheet.a-quote-needs-its-source',
          message: 'a quote needs its source beside it; it was left out',
        },
      );
    return undefined;
  }
  if (isWebAddress(source)) {
    const sources = (document.sources ??= []);
    const found = sources.find((s) => s.url === source);
    if (found) source = String(found.id);
    else {
      const id = ids.make(new URL(source).hostname.replace(/^www\./, ''), 'source');
      sources.push({ id, title: new URL(source).hostname, url: source });
      log.guessed(
        cellPlace(sheet.name, r, col.source!),
        /*i18n*/ {
          id: 'sheet.a-web-address-became-the',
          message: 'a web address became the source "{id}", titled by its host',
          values: { id },
        },
      );
      source = id;
    }
  }
  return { source, ...(quote && { quote }), ...(note && { note }) };
}

/** Every sheet → one debate-graph document. */
export function sheetsToDebate(
  sheets: readonly Sheet[],
  log: ImportLog,
  updated = today(),
): Record<string, unknown> {
  const context: Context = {
    log,
    ids: new IdMaker(),
    serialDates: new NoteGroup('import-guessed', (n) => /*i18n*/ ({
      id: 'sheet.date-s-were-stored-as',
      message: '{count} date(s) were stored as spreadsheet day numbers and were read as dates',
      values: { count: n },
    })),
  };
  // Ids given in the sheets come first, so made ids never collide with them.
  for (const sheet of sheets)
    for (const row of sheet.rows.slice(1)) if (row[0]) context.ids.claim(row[0].trim());
  const document: Record<string, Item[]> = {};
  let meta: Item = {};
  let matrix: Sheet | undefined;
  for (const sheet of sheets) {
    const layout = LAYOUTS.find((l) => sameName(sheet.name, l.sheet));
    if (layout) {
      if (document[layout.array]) {
        log.dropped(
          sheet.name,
          /*i18n*/ {
            id: 'sheet.a-second-sheet-was-left',
            message: 'a second {sheet} sheet was left out',
            values: { sheet: layout.sheet },
          },
        );
        continue;
      }
      document[layout.array] = readLayoutSheet(sheet, layout, context);
      log.mapped(
        sheet.name,
        /*i18n*/ {
          id: 'sheet.row-s',
          message: '{count} row(s) → {array}',
          values: { count: document[layout.array]!.length, array: layout.array },
        },
      );
    } else if (sameName(sheet.name, 'Meta')) meta = readMeta(sheet, log);
    else if (sameName(sheet.name, 'Matrix')) matrix = sheet;
    else if (sheet.rows.some((row) => row.some((cell) => cell.trim())))
      log.dropped(
        sheet.name,
        /*i18n*/ {
          id: 'sheet.the-sheet-is-not-part',
          message:
            'the sheet "{value}" is not part of the layout (Meta, Issues, Positions, Actors, Stances, Arguments, Sources, Events, Glossary, Matrix); it was left out',
          values: { value: sheet.name.slice(0, 60) },
        },
      );
  }
  if (matrix) readMatrix(matrix, document, context);
  context.serialDates.flush(log);

  const issues = document.issues ?? [];
  const positions = document.positions ?? [];
  if (positions.some((p) => p.issue === undefined) && issues.length === 1) {
    for (const p of positions) p.issue ??= issues[0]!.id;
    log.guessed(
      'Positions',
      /*i18n*/ {
        id: 'sheet.positions-without-an-issue-were',
        message: 'positions without an issue were given the only issue, "{value}"',
        values: { value: String(issues[0]!.id) },
      },
    );
  }
  if (typeof meta.title !== 'string') {
    meta.title = typeof issues[0]?.question === 'string' ? issues[0].question : 'Untitled debate';
    log.guessed(
      'Meta',
      /*i18n*/ {
        id: 'sheet.no-title-given-from-the',
        message: 'no title given: "{value}", from the first issue',
        values: { value: String(meta.title).slice(0, 80) },
      },
    );
  }
  if (typeof meta.id !== 'string') meta.id = context.ids.make(String(meta.title), 'debate');
  if (typeof meta.language !== 'string') {
    meta.language = 'en';
    log.guessed(
      'Meta',
      /*i18n*/ { id: 'sheet.no-language-given-set-to', message: 'no language given: set to "en"' },
    );
  }
  if (typeof meta.updated !== 'string') {
    meta.updated = updated;
    log.guessed(
      'Meta',
      /*i18n*/ {
        id: 'sheet.no-date-given-dated-the',
        message: 'no date given: dated {updated}, the day of the import',
        values: { updated },
      },
    );
  }
  return { format: 'debate-graph', version: 1, meta, ...document, issues, positions };
}
