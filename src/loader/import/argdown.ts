// Argdown (.argdown, .ad), as far as a debate map needs it, read by a small line
// parser of our own rather than @argdown/core: that package (2.x) pulls in a Graphviz
// WebAssembly build, highlight.js, chevrotain and lodash, hundreds of KB for a format
// whose debate-relevant core is a dozen line shapes. What it reads:
// - front matter `===` … `===` with `key: value` lines (title, summary, language, …);
// - headings `# Question {id: …}`: the issue of the statements under them;
// - statements `[Title]: text` and arguments `<Title>: text`, with `#tags` and `{…}` data;
// - relations by indentation: `+`, `-`, `_` (incoming: the child supports, attacks,
//   undercuts its parent), `+>`, `->`, `_>` (outgoing), `><` (contradiction);
// - comments `//` and `/* … */`.
// Mapping: a top-level statement is a position; an element with a relation is an
// argument on what it relates to; a statement tagged #actor is an actor whose outgoing
// relations are stances ({stance: …, basis: …, basisNote: …} in the data), #source a
// source; data `by`/`actor`, `source`, `quote`, `note`, `evidence` become who makes it
// and its evidence; a position's data `complementOf` names the position it negates.
import { readData, type Data } from './flow-data';
import { debateFrame, ImportLog, NoteGroup, type ImportResult } from './import-result';
import { IdMaker } from './slug';
import { lineAt, linesOf } from './text-lines';
import { META_FIELDS } from './spreadsheet/layout';

export const ARGDOWN = /*i18n*/ { id: 'format.argdown', message: 'Argdown' };
const MAX_DEPTH = 100;

type Relation = 'supports' | 'attacks';
interface Element {
  readonly key: string;
  readonly kind: 'statement' | 'argument';
  readonly title: string;
  text: string;
  tags: Set<string>;
  data: Record<string, Data>;
  readonly line: number;
}
interface Edge {
  readonly from: Element;
  readonly to: Element;
  readonly relation: Relation;
  readonly data: Record<string, Data>;
  readonly line: number;
}

const RELATION = /^(\+>|->|_>|<\+|<-|<_|><|\+|-|_)\s*/;
const ELEMENT = /^(\[([^\]\n]+)\]|<([^>\n]+)>)(\s*:\s*)?/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const TAG = /(^|\s)#(\(([^)]*)\)|[\w-]+)/g;

const str = (value: Data | undefined) => (typeof value === 'string' ? value : undefined);
const list = (value: Data | undefined) =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string' && value
      ? [value]
      : [];

function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n\r]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Splits `text #tag {data}` into its parts; data problems are reported by line. */
function readTail(rest: string, line: number, log: ImportLog) {
  let data: Record<string, Data> = {};
  let text = rest;
  const brace = rest.search(/(?<!\\)\{/);
  if (brace >= 0) {
    const read = readData(rest, brace);
    if (!read.ok)
      log.note(
        'import-syntax',
        lineAt(line),
        /*i18n*/ {
          id: 'argdown.the-data-could-not-be',
          message: 'the {braces} data could not be read: {reason}; it was left out',
          values: { braces: '{…}', reason: read.reason },
        },
      );
    else if (typeof read.value === 'object' && !Array.isArray(read.value)) data = read.value;
    text = rest.slice(0, brace);
  }
  const tags = new Set<string>();
  text = text.replace(TAG, (_all, space: string, tag: string, long?: string) => {
    tags.add((long ?? tag).toLowerCase());
    return space;
  });
  return { text: text.replace(/\\([#{}[\]<>\\])/g, '$1').trim(), tags, data };
}

export function importArgdown(text: string, updated?: string): ImportResult {
  const log = new ImportLog();
  const lines = linesOf(stripComments(text.replace(/^\uFEFF/, '')));
  const front: Record<string, string> = {};
  let at = 0;
  while (at < lines.length && !lines[at]!.trim()) at++;
  if (lines[at]?.trim() === '===') {
    const end = lines.findIndex((l, i) => i > at && l.trim() === '===');
    if (end < 0)
      log.note(
        'import-syntax',
        lineAt(at),
        /*i18n*/ {
          id: 'argdown.the-front-matter-is-never',
          message: 'the front matter (===) is never closed; it was read as text',
        },
      );
    else {
      for (let i = at + 1; i < end; i++) {
        const match = /^\s*([\w-]+)\s*:\s*(.*)$/.exec(lines[i]!);
        if (!match) continue;
        const value = match[2]!.trim();
        const read = /^["'{[]/.test(value) ? readData(value, 0) : undefined;
        front[match[1]!] = read?.ok && typeof read.value === 'string' ? read.value : value;
      }
      at = end + 1;
    }
  }

  const elements = new Map<string, Element>();
  const edges: Edge[] = [];
  const issues: {
    id?: string;
    question: string;
    summary?: string;
    line: number;
    members: Element[];
  }[] = [];
  const roots: Element[] = [];
  const stack: { indent: number; element: Element }[] = [];
  let last: Element | undefined;
  const element = (kind: Element['kind'], title: string, line: number) => {
    const key = `${kind}:${title.trim()}`;
    let found = elements.get(key);
    if (!found) {
      found = { key, kind, title: title.trim(), text: '', tags: new Set(), data: {}, line };
      elements.set(key, found);
    }
    return found;
  };
  const unread = new NoteGroup('import-syntax', (n) => /*i18n*/ ({
    id: 'argdown.line-s-are-not-argdown',
    message: '{count} line(s) are not Argdown this importer reads and were left out',
    values: { count: n },
  }));
  const tooDeep = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'argdown.line-s-nest-deeper-than',
    message: '{count} line(s) nest deeper than {max} levels and were left out',
    values: { count: n, max: MAX_DEPTH },
  }));

  for (let i = at; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) {
      last = undefined;
      continue;
    }
    const indent = /^\s*/.exec(raw)![0].replace(/\t/g, '    ').length;
    const body = raw.trim();
    const heading = HEADING.exec(body);
    if (heading && indent === 0) {
      const tail = readTail(heading[2]!, i, log);
      issues.push({
        ...(str(tail.data.id) && { id: str(tail.data.id) }),
        question: tail.text,
        ...(str(tail.data.summary) && { summary: str(tail.data.summary) }),
        line: i,
        members: [],
      });
      stack.length = 0;
      last = undefined;
      continue;
    }
    const relation = RELATION.exec(body);
    const afterRelation = relation ? body.slice(relation[0].length) : body;
    const match = ELEMENT.exec(afterRelation);
    if (!match) {
      // Text continuing the element above it.
      if (last && !relation) last.text = `${last.text} ${readTail(body, i, log).text}`.trim();
      else unread.add(lineAt(i));
      continue;
    }
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    if (stack.length >= MAX_DEPTH) {
      tooDeep.add(lineAt(i));
      continue;
    }
    const current = element(
      match[2] !== undefined ? 'statement' : 'argument',
      match[2] ?? match[3]!,
      i,
    );
    const tail = readTail(afterRelation.slice(match[0].length), i, log);
    if (match[4] && tail.text && !current.text) current.text = tail.text;
    for (const tag of tail.tags) current.tags.add(tag);
    const parent = stack[stack.length - 1]?.element;
    if (relation && parent) {
      const symbol = relation[1]!;
      const outgoing = symbol.endsWith('>') && symbol !== '><';
      if (symbol.startsWith('_'))
        log.guessed(
          lineAt(i),
          /*i18n*/ {
            id: 'argdown.an-undercut-was-read-as',
            message: 'an undercut (_) was read as an attack',
          },
        );
      if (symbol === '><')
        log.guessed(
          lineAt(i),
          /*i18n*/ {
            id: 'argdown.a-contradiction-was-read-as',
            message: 'a contradiction (><) was read as an attack',
          },
        );
      const kind: Relation = symbol.includes('+') ? 'supports' : 'attacks';
      edges.push(
        outgoing
          ? { from: parent, to: current, relation: kind, data: tail.data, line: i }
          : { from: current, to: parent, relation: kind, data: tail.data, line: i },
      );
    } else {
      if (relation)
        log.note(
          'import-syntax',
          lineAt(i),
          /*i18n*/ {
            id: 'argdown.a-relation-with-nothing-above',
            message:
              'a relation ({value}) with nothing above it to relate to; read as a definition',
            values: { value: relation[1] ?? '' },
          },
        );
      Object.assign(current.data, tail.data);
      if (!roots.includes(current)) roots.push(current);
      if (issues.length) issues[issues.length - 1]!.members.push(current);
    }
    stack.push({ indent, element: current });
    last = current;
  }
  unread.flush(log);
  tooDeep.flush(log);
  if (!elements.size) {
    log.error(
      'import-syntax',
      'line 1',
      text.trim()
        ? /*i18n*/ {
            id: 'argdown.no-statements-title-or-arguments',
            message:
              'no statements ([Title]: …) or arguments (<Title>: …) were found: this is not Argdown',
          }
        : /*i18n*/ { id: 'argdown.the-file-is-empty', message: 'the file is empty' },
    );
    return log.result(ARGDOWN, undefined);
  }
  return log.result(ARGDOWN, buildDebate({ elements, edges, issues, roots, front, log, updated }));
}

interface Parsed {
  readonly elements: Map<string, Element>;
  readonly edges: Edge[];
  readonly issues: {
    id?: string;
    question: string;
    summary?: string;
    line: number;
    members: Element[];
  }[];
  readonly roots: Element[];
  readonly front: Record<string, string>;
  readonly log: ImportLog;
  readonly updated: string | undefined;
}

function evidenceOf(
  data: Record<string, Data>,
): { source: string; quote?: string; note?: string }[] {
  const items = Array.isArray(data.evidence) ? data.evidence : str(data.source) ? [data] : [];
  return items.flatMap((e) => {
    if (typeof e !== 'object' || Array.isArray(e) || !str(e.source)) return [];
    return [
      {
        source: str(e.source) ?? '',
        ...(str(e.quote) && { quote: str(e.quote)! }),
        ...(str(e.note) && { note: str(e.note)! }),
      },
    ];
  });
}

/** A stance's `basis` and `basisNote` from its data, when given. */
const basisOf = (data: Record<string, Data>) => ({
  ...(str(data.basis) && { basis: str(data.basis) }),
  ...(str(data.basisNote) && { basisNote: str(data.basisNote) }),
});

function buildDebate({
  elements,
  edges,
  issues,
  roots,
  front,
  log,
  updated,
}: Parsed): Record<string, unknown> {
  const ids = new IdMaker();
  const idOf = new Map<Element, string>();
  for (const e of elements.values()) {
    const own = e.title;
    idOf.set(
      e,
      ids.claim(own) ? own : ids.make(e.title, e.kind === 'statement' ? 'statement' : 'argument'),
    );
  }
  const isActor = (e: Element) => e.tags.has('actor');
  const isSource = (e: Element) => e.tags.has('source');
  const textOf = (e: Element) => e.text || e.title;
  const title = front.title || issues[0]?.question || 'Argdown map';
  const document = debateFrame(log, title, '', (t) => ids.make(t, 'debate'), updated);
  const meta = document.meta as Record<string, unknown>;
  for (const key of META_FIELDS.filter((field) => field !== 'title'))
    if (front[key]) meta[key] = front[key];

  const outIssues: Record<string, unknown>[] = [];
  const issueOfRoot = new Map<Element, string>();
  for (const issue of issues) {
    const members = issue.members.filter(
      (e) =>
        !isActor(e) && !isSource(e) && e.kind === 'statement' && !edges.some((x) => x.from === e),
    );
    if (!members.length) continue;
    const id = issue.id && ids.claim(issue.id) ? issue.id : ids.make(issue.question, 'issue');
    log.origin(`issues[${outIssues.length}]`, lineAt(issue.line));
    outIssues.push({
      id,
      question: issue.question || 'Untitled question',
      ...(issue.summary && { summary: issue.summary }),
    });
    for (const m of members) issueOfRoot.set(m, id);
  }
  const positions: Record<string, unknown>[] = [];
  const args: Record<string, unknown>[] = [];
  const actors: Record<string, unknown>[] = [];
  const sources: Record<string, unknown>[] = [];
  const stances: Record<string, unknown>[] = [];
  // Actors and sources named in data but not defined, by the name as written: a name such
  // as "Teachers union" is not an id, so one is made from it and the name kept.
  const madeActors = new Map<string, string>();
  const madeSourceIds = new Map<string, string>();
  const idFromName = (name: string, fallback: string) =>
    ids.claim(name) ? name : ids.make(name, fallback);
  const actorIds = new Set([...elements.values()].filter(isActor).map((e) => idOf.get(e)!));
  const sourceIds = new Set([...elements.values()].filter(isSource).map((e) => idOf.get(e)!));
  const madeSources = new NoteGroup('import-guessed', (n) => /*i18n*/ ({
    id: 'argdown.source-s-named-in-data',
    message: '{count} source(s) named in data but not defined (#source) were made, titled as named',
    values: { count: n },
  }));
  /** The id of the actor a name in data refers to, made (and said) when it is not defined. */
  const needActor = (name: string, place: string): string => {
    if (actorIds.has(name)) return name;
    const made = madeActors.get(name);
    if (made !== undefined) return made;
    const id = idFromName(name, 'actor');
    madeActors.set(name, id);
    actors.push({ id, name, kind: 'unspecified' });
    log.guessed(
      place,
      /*i18n*/ {
        id: 'argdown.is-named-as-an-actor',
        message:
          '"{id}" is named as an actor but not defined (#actor): an actor of kind "unspecified" was made',
        values: { id: name },
      },
    );
    return id;
  };
  const evidenceWithSources = (data: Record<string, Data>, place: string) => {
    return evidenceOf(data).map((e) => {
      if (sourceIds.has(e.source)) return e;
      let id = madeSourceIds.get(e.source);
      if (id === undefined) {
        id = idFromName(e.source, 'source');
        madeSourceIds.set(e.source, id);
        sources.push({ id, title: e.source });
        madeSources.add(place);
      }
      return { ...e, source: id };
    });
  };

  for (const e of elements.values()) {
    const id = idOf.get(e)!;
    const place = lineAt(e.line);
    if (isActor(e)) {
      log.origin(`actors[${actors.length}]`, place);
      actors.push({
        id,
        name: textOf(e),
        kind: str(e.data.kind) ?? 'unspecified',
        ...(str(e.data.shortName) && { shortName: str(e.data.shortName) }),
        ...(str(e.data.summary) && { summary: str(e.data.summary) }),
        ...(str(e.data.memberOf) && { memberOf: str(e.data.memberOf) }),
      });
    } else if (isSource(e)) {
      sources.push({
        id,
        title: textOf(e),
        ...(str(e.data.publisher) && { publisher: str(e.data.publisher) }),
        ...(str(e.data.date) && { date: str(e.data.date) }),
        ...(str(e.data.url) && { url: str(e.data.url) }),
      });
    }
  }
  const uses = new Map<Element, Edge[]>();
  // Two top-level statements that attack each other are rival answers: both positions.
  const rivals = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'argdown.attack-s-between-top-level',
    message:
      '{count} attack(s) between top-level statements were read as rival positions, not as arguments',
    values: { count: n },
  }));
  const isRoot = (e: Element) => e.kind === 'statement' && roots.includes(e);
  for (const edge of edges) {
    if (
      edge.relation === 'attacks' &&
      isRoot(edge.from) &&
      isRoot(edge.to) &&
      !isActor(edge.from)
    ) {
      rivals.add(lineAt(edge.line));
      continue;
    }
    if (isActor(edge.from)) {
      const stance = str(edge.data.stance) ?? (edge.relation === 'supports' ? 'for' : 'against');
      log.origin(`stances[${stances.length}]`, lineAt(edge.line));
      stances.push({
        actor: idOf.get(edge.from),
        position: idOf.get(edge.to),
        stance,
        ...(str(edge.data.summary) && { summary: str(edge.data.summary) }),
        ...basisOf(edge.data),
        evidence: evidenceWithSources(edge.data, lineAt(edge.line)),
      });
      continue;
    }
    if (!uses.has(edge.from)) uses.set(edge.from, []);
    uses.get(edge.from)!.push(edge);
  }
  const defaultIssue = () => {
    if (!outIssues.length) {
      outIssues.push({ id: ids.make(title, 'issue'), question: title });
      log.guessed(
        '',
        /*i18n*/ {
          id: 'argdown.statements-outside-any-heading-were',
          message: 'statements outside any heading were given one issue, "{value}"',
          values: { value: title.slice(0, 80) },
        },
      );
    }
    return String(outIssues[0]!.id);
  };
  const unattached = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'argdown.argument-s-relate-to-nothing',
    message: '{count} argument(s) relate to nothing and were left out',
    values: { count: n },
  }));
  for (const e of elements.values()) {
    if (isActor(e) || isSource(e)) continue;
    const place = lineAt(e.line);
    const own = uses.get(e) ?? [];
    if (!own.length) {
      if (e.kind === 'argument' || !roots.includes(e)) {
        unattached.add(place);
        continue;
      }
      // A statement with data naming an actor and a stance holds that stance (the issue's example).
      const actor = str(e.data.actor);
      if (actor && str(e.data.stance)) {
        log.origin(`stances[${stances.length}]`, place);
        stances.push({
          actor: needActor(actor, place),
          position: idOf.get(e),
          stance: str(e.data.stance),
          ...basisOf(e.data),
          evidence: evidenceWithSources(e.data, place),
        });
      }
      log.origin(`positions[${positions.length}]`, place);
      positions.push({
        id: idOf.get(e),
        issue: issueOfRoot.get(e) ?? defaultIssue(),
        statement: textOf(e),
        ...(str(e.data.complementOf) && { complementOf: str(e.data.complementOf) }),
      });
      continue;
    }
    own.forEach((edge, n) => {
      const data = { ...e.data, ...edge.data };
      const by = [...list(data.by), ...list(data.actor)].map((actor) => needActor(actor, place));
      log.origin(`arguments[${args.length}]`, lineAt(edge.line));
      args.push({
        id: n === 0 ? idOf.get(e) : ids.make(textOf(e), 'argument'),
        claim: textOf(e),
        ...(str(data.text) && { text: str(data.text) }),
        target: idOf.get(edge.to),
        relation: edge.relation,
        by: [...new Set(by)],
        evidence: evidenceWithSources(data, lineAt(edge.line)),
        ...(n > 0
          ? { 'x-same-as': idOf.get(e) }
          : str(data['x-same-as'])
            ? { 'x-same-as': str(data['x-same-as']) }
            : {}),
      });
    });
  }
  unattached.flush(log);
  madeSources.flush(log);
  rivals.flush(log);
  log.mapped(
    '',
    /*i18n*/ {
      id: 'argdown.position-s-argument-s-actor',
      message:
        '{count} position(s), {count2} argument(s), {count3} actor(s), {count4} stance(s), {count5} source(s)',
      values: {
        count: positions.length,
        count2: args.length,
        count3: actors.length,
        count4: stances.length,
        count5: sources.length,
      },
    },
  );
  return { ...document, issues: outIssues, actors, positions, stances, arguments: args, sources };
}
