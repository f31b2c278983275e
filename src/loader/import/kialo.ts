// Kialo's plain-text export: `Discussion Title: …`, then numbered claims `1.`,
// `1.1. Pro: …`, `1.1.2. Con: …` (kind and text on one line, or the kind alone with
// the text on the lines after), roots labelled `Thesis` in multi-thesis discussions,
// links `-> See 1.2.2.`, and sources as Markdown links or `[n]` footnotes.
// Mapping: the discussion → an issue; each thesis → a position; pros and cons →
// arguments that support or attack their parent, at any depth. A link becomes an
// argument of its own (the format gives an argument one target) that names the claim
// it repeats in `x-same-as`. Reads line by line, never recursively.
import { debateFrame, ImportLog, NoteGroup, type ImportResult } from './import-result';
import { IdMaker } from './slug';
import { readText, SourceBook, type ReadText } from './sources-in-text';
import { KIALO_TITLE } from './kialo-detect';
import { lineAt, linesOf } from './text-lines';

export const KIALO = /*i18n*/ { id: 'format.kialo', message: 'Kialo outline' };

const CLAIM = /^\s*(\d{1,6}(?:\.\d{1,6})*)\.(?:\s+|$)(?:(Pro|Con|Thesis)\s*:\s*)?(.*)$/i;
/** Looks like a claim but its numbering is broken: `1..2. Pro:`, `1.a. Con:`. */
const BROKEN_CLAIM = /^\s*\d[^\s]*\s+(Pro|Con|Thesis)\s*:/i;
const LINK = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;
const FOOTNOTE = /^\s*\[\^?(\d{1,4})\]:?\s+(.+)$/;
const SOURCES_HEADING = /^\s*(Sources|Footnotes|References)\s*:?\s*$/i;
/** Deeper than any discussion; far shallower than what could strain the app. */
export const MAX_KIALO_DEPTH = 100;

interface Claim {
  readonly number: string;
  readonly parent: string;
  readonly depth: number;
  readonly line: number;
  readonly kind: 'pro' | 'con' | 'thesis' | undefined;
  readonly lines: string[];
}

function readClaims(lines: readonly string[], log: ImportLog, book: SourceBook) {
  const claims: Claim[] = [];
  const numbers = new Set<string>();
  let title: { text: string; line: number } | undefined;
  let current: Claim | undefined;
  const broken = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.line-s-with-broken-numbering',
    message: '{count} line(s) with broken numbering were left out',
    values: { count: n },
  }));
  const repeated = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.claim-number-s-appeared-twice',
    message: '{count} claim number(s) appeared twice; the later claim was left out',
    values: { count: n },
  }));
  lines.forEach((line, index) => {
    if (!title && !claims.length && KIALO_TITLE.test(line)) {
      title = { text: KIALO_TITLE.exec(line)![1]!.trim(), line: index };
      return;
    }
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      book.defineFootnote(footnote[1]!, footnote[2]!, lineAt(index));
      current = undefined;
      return;
    }
    if (SOURCES_HEADING.test(line)) {
      current = undefined;
      return;
    }
    const match = CLAIM.exec(line);
    if (match) {
      const number = match[1]!;
      const segments = number.split('.');
      if (numbers.has(number)) {
        repeated.add(lineAt(index));
        current = undefined;
        return;
      }
      numbers.add(number);
      current = {
        number,
        parent: segments.slice(0, -1).join('.'),
        depth: segments.length,
        line: index,
        kind: match[2]?.toLowerCase() as Claim['kind'],
        lines: match[3]!.trim() ? [match[3]!] : [],
      };
      claims.push(current);
      return;
    }
    if (BROKEN_CLAIM.test(line)) {
      broken.add(lineAt(index));
      current = undefined;
      return;
    }
    if (line.trim() && current) current.lines.push(line.trim());
  });
  broken.flush(log);
  repeated.flush(log);
  return { claims, title };
}

export function importKialo(text: string, updated?: string): ImportResult {
  const log = new ImportLog();
  const ids = new IdMaker();
  const book = new SourceBook(ids, log);
  const lines = linesOf(text);
  const { claims, title } = readClaims(lines, log, book);
  if (!claims.length) {
    log.error(
      'import-syntax',
      title ? lineAt(title.line) : 'line 1',
      text.trim()
        ? /*i18n*/ {
            id: 'kialo.no-numbered-claims-pro-were',
            message:
              'no numbered claims (`1.`, `1.1. Pro: …`) were found: this is not a Kialo export',
          }
        : /*i18n*/ { id: 'kialo.the-file-is-empty', message: 'the file is empty' },
    );
    return log.result(KIALO, undefined);
  }

  // The discussion is the issue; a root whose children are theses is its question.
  const roots = claims.filter((c) => c.depth === 1);
  const hasTheses = claims.some((c) => c.kind === 'thesis');
  const readTexts = new Map<string, ReadText>();
  const textOf = (claim: Claim): ReadText => {
    let read = readTexts.get(claim.number);
    if (!read) {
      read = readText(claim.lines.join('\n'), book, log, lineAt(claim.line));
      readTexts.set(claim.number, read);
    }
    return read;
  };
  const question =
    title?.text || (hasTheses && roots[0] ? textOf(roots[0]).text : '') || 'Untitled discussion';
  const document = debateFrame(
    log,
    question,
    title ? lineAt(title.line) : 'line 1',
    (t) => ids.make(t, 'debate'),
    updated,
  );
  const issueId = ids.make(question, 'issue');
  const issue: Record<string, unknown> = { id: issueId, question };
  log.origin('issues[0]', title ? lineAt(title.line) : lineAt(roots[0]?.line ?? 0));
  log.mapped(
    title ? lineAt(title.line) : 'line 1',
    /*i18n*/ {
      id: 'kialo.the-discussion-became-the-issue',
      message: 'the discussion became the issue "{value}"',
      values: { value: question.slice(0, 80) },
    },
  );

  const positions: Record<string, unknown>[] = [];
  const args: Record<string, unknown>[] = [];
  const idOfNumber = new Map<string, string>();
  const itemOfId = new Map<string, Record<string, unknown>>();
  const kindOfNumber = new Map<string, 'position' | 'argument' | 'question'>();
  const linkOf = new Map<string, { target: string; claim: Claim }>();
  const footnoteUses: { item: Record<string, unknown>; numbers: string[]; line: number }[] = [];
  const orphans = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.claim-s-had-no-parent',
    message: '{count} claim(s) had no parent and were left out',
    values: { count: n },
  }));
  const tooDeep = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.claim-s-nest-deeper-than',
    message: '{count} claim(s) nest deeper than {max} levels and were left out',
    values: { count: n, max: MAX_KIALO_DEPTH },
  }));
  const empty = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.claim-s-had-no-text',
    message: '{count} claim(s) had no text and were left out',
    values: { count: n },
  }));
  const guessedKind = new NoteGroup('import-guessed', (n) => /*i18n*/ ({
    id: 'kialo.claim-s-said-neither-pro',
    message: '{count} claim(s) said neither Pro nor Con: read as supporting their parent',
    values: { count: n },
  }));
  let positionSources = 0;

  for (const claim of claims) {
    const place = lineAt(claim.line);
    if (claim.depth > MAX_KIALO_DEPTH) {
      tooDeep.add(place);
      continue;
    }
    const parentKind = kindOfNumber.get(claim.parent);
    if (claim.depth > 1 && !parentKind) {
      orphans.add(place);
      continue;
    }
    const rawText = claim.lines.join('\n').trim();
    const link = LINK.exec(rawText);
    if (link) {
      linkOf.set(claim.number, { target: link[1]!, claim });
      continue;
    }
    const read = textOf(claim);
    if (!read.text) {
      empty.add(place);
      continue;
    }
    // A root with theses under it is the discussion's own question, not a position.
    if (
      claim.depth === 1 &&
      hasTheses &&
      claims.some((c) => c.parent === claim.number && c.kind === 'thesis')
    ) {
      kindOfNumber.set(claim.number, 'question');
      if (read.text !== question) issue.summary = read.text;
      continue;
    }
    const isPosition = claim.depth === 1 || claim.kind === 'thesis' || parentKind === 'question';
    if (isPosition) {
      const id = ids.make(read.text, 'position');
      idOfNumber.set(claim.number, id);
      kindOfNumber.set(claim.number, 'position');
      log.origin(`positions[${positions.length}]`, place);
      const position = { id, issue: issueId, statement: read.text };
      itemOfId.set(id, position);
      positions.push(position);
      if (read.cited.length || read.footnotes.length) positionSources++;
      continue;
    }
    const parentId = idOfNumber.get(claim.parent)!;
    if (!claim.kind) guessedKind.add(place);
    const id = ids.make(read.text, 'claim');
    idOfNumber.set(claim.number, id);
    kindOfNumber.set(claim.number, 'argument');
    const argument: Record<string, unknown> = {
      id,
      claim: read.text,
      target: parentId,
      relation: claim.kind === 'con' ? 'attacks' : 'supports',
      by: [],
      evidence: read.cited.map((source) => ({ source })),
    };
    if (read.footnotes.length)
      footnoteUses.push({ item: argument, numbers: read.footnotes, line: claim.line });
    log.origin(`arguments[${args.length}]`, place);
    itemOfId.set(id, argument);
    args.push(argument);
  }

  // Links: follow `-> See` chains to a real claim; a cycle or a missing number is reported.
  let resolved = 0;
  const unresolved = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.link-s-point-at-no',
    message: '{count} link(s) point at no claim and were left out',
    values: { count: n },
  }));
  const cycles = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.link-s-lead-round-in',
    message: '{count} link(s) lead round in a circle and were left out',
    values: { count: n },
  }));
  for (const [number, { target, claim }] of linkOf) {
    const place = lineAt(claim.line);
    const parentId = idOfNumber.get(claim.parent);
    if (!parentId) {
      orphans.add(place);
      continue;
    }
    let to = target;
    const seen = new Set([number]);
    while (linkOf.has(to) && !seen.has(to)) {
      seen.add(to);
      to = linkOf.get(to)!.target;
    }
    if (seen.has(to)) {
      cycles.add(place);
      continue;
    }
    const original = idOfNumber.get(to);
    const originalClaim = original && itemOfId.get(original);
    if (!original || !originalClaim) {
      unresolved.add(place);
      continue;
    }
    const text = String(originalClaim.claim ?? originalClaim.statement);
    log.origin(`arguments[${args.length}]`, place);
    args.push({
      id: ids.make(text, 'claim'),
      claim: text,
      target: parentId,
      relation: claim.kind === 'con' ? 'attacks' : 'supports',
      by: [],
      evidence: (originalClaim.evidence as unknown[] | undefined) ?? [],
      'x-same-as': original,
    });
    resolved++;
  }
  if (resolved)
    log.mapped(
      '',
      /*i18n*/ {
        id: 'kialo.link-s-see-resolved-each',
        message:
          '{resolved} link(s) (-> See …) resolved: each is an argument of its own naming the claim it repeats in x-same-as',
        values: { resolved },
      },
    );

  const missingFootnotes = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'kialo.footnote-mark-s-cite-no',
    message: '{count} footnote mark(s) cite no footnote and were left out',
    values: { count: n },
  }));
  for (const use of footnoteUses) {
    const evidence = use.item.evidence as { source: string }[];
    for (const number of use.numbers) {
      const source = book.footnote(number);
      if (source) evidence.push({ source });
      else missingFootnotes.add(`${lineAt(use.line)} [${number}]`);
    }
  }
  for (const group of [orphans, tooDeep, empty, guessedKind, unresolved, cycles, missingFootnotes])
    group.flush(log);
  if (positionSources)
    log.dropped(
      '',
      /*i18n*/ {
        id: 'kialo.thesis-theses-cite-sources-a',
        message:
          '{positionSources} thesis/theses cite sources; a position has no evidence in the format, so those citations were left out',
        values: { positionSources },
      },
    );
  if (!positions.length) {
    log.error(
      'import-syntax',
      lineAt(claims[0]!.line),
      /*i18n*/ {
        id: 'kialo.no-thesis-was-found-a',
        message: 'no thesis was found: a Kialo export starts with a claim numbered 1.',
      },
    );
    return log.result(KIALO, undefined);
  }
  log.mapped(
    '',
    /*i18n*/ {
      id: 'kialo.thesis-theses-positions-pros-and',
      message:
        '{count} thesis/theses → positions; {count2} pros and cons → arguments; {count3} source(s)',
      values: { count: positions.length, count2: args.length, count3: book.sources.length },
    },
  );

  return log.result(KIALO, {
    ...document,
    issues: [issue],
    actors: [],
    positions,
    arguments: args,
    sources: book.sources,
  });
}
