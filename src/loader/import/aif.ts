// AIF / AIFdb JSON: `nodes` (I for claims, RA for inference, CA for conflict, and the
// dialogue layer L, YA, TA, MA, PA) and `edges` from one node to another. Mapping:
// an I-node that nothing points onwards from is a position; a premise of an RA node
// is an argument that supports its conclusion; the attacker of a CA node is an
// argument that attacks its target. A claim used in several places is one argument
// for its first use and a copy naming it in `x-same-as` for each further one, since
// an argument has one target in the format. AIF has no issues: one is made, and said.
import { nestingDepth } from '../preflight';
import { isRow } from '../raw-access';
import { shown } from '../problems';
import { debateFrame, ImportLog, NoteGroup, type ImportResult } from './import-result';
import { IdMaker } from './slug';

export const AIF = /*i18n*/ { id: 'format.aif', message: 'AIF JSON' };
const MAX_NESTING = 100;

interface Node {
  readonly key: string;
  readonly index: number;
  readonly type: string;
  readonly text: string;
}

interface Link {
  readonly from: Node;
  readonly to: Node;
  readonly relation: 'supports' | 'attacks';
  readonly place: string;
}

const keyOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

export function importAif(text: string, updated?: string): ImportResult {
  const log = new ImportLog();
  if (!text.trim()) {
    log.error(
      'import-syntax',
      '',
      /*i18n*/ { id: 'aif.the-file-is-empty', message: 'the file is empty' },
    );
    return log.result(AIF, undefined);
  }
  if (nestingDepth(text, MAX_NESTING) > MAX_NESTING) {
    log.error(
      'too-deep',
      '',
      /*i18n*/ {
        id: 'aif.the-file-nests-more-than',
        message: 'the file nests more than {max} levels deep',
        values: { max: MAX_NESTING },
      },
    );
    return log.result(AIF, undefined);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    log.error(
      'invalid-json',
      '',
      /*i18n*/ {
        id: 'aif.the-file-is-not-valid',
        message: 'the file is not valid JSON: {value}',
        values: { value: error instanceof Error ? error.message : String(error) },
      },
    );
    return log.result(AIF, undefined);
  }
  if (!isRow(json) || !Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
    log.error(
      'import-syntax',
      '',
      /*i18n*/ {
        id: 'aif.an-aif-file-is-an',
        message: 'an AIF file is an object with "nodes" and "edges" lists',
      },
    );
    return log.result(AIF, undefined);
  }

  const nodes = new Map<string, Node>();
  const badNodes = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'aif.node-s-without-a-nodeid',
    message: '{count} node(s) without a nodeID, a type or text were left out',
    values: { count: n },
  }));
  const dialogue = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'aif.node-s-of-the-dialogue',
    message:
      '{count} node(s) of the dialogue layer (L, YA, TA, MA, PA: who said what, when, rephrasings, preferences) were left out',
    values: { count: n },
  }));
  json.nodes.forEach((raw: unknown, index) => {
    const place = `nodes[${index}]`;
    const key = isRow(raw) ? keyOf(raw.nodeID) : undefined;
    const type = isRow(raw) && typeof raw.type === 'string' ? raw.type : '';
    const nodeText = isRow(raw) && typeof raw.text === 'string' ? raw.text.trim() : '';
    if (key === undefined || !type || nodes.has(key) || (type === 'I' && !nodeText)) {
      badNodes.add(place);
      return;
    }
    if (type !== 'I' && type !== 'RA' && type !== 'CA') dialogue.add(place);
    nodes.set(key, { key, index, type, text: nodeText });
  });

  // Edges into and out of each scheme node; I→I edges are not AIF and are reported.
  const into = new Map<string, { node: Node; place: string }[]>();
  const outOf = new Map<string, { node: Node; place: string }[]>();
  const dangling = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'aif.edge-s-point-at-a',
    message: '{count} edge(s) point at a node that is not in the file and were left out',
    values: { count: n },
  }));
  json.edges.forEach((raw: unknown, index) => {
    const place = `edges[${index}]`;
    const from = isRow(raw) ? nodes.get(keyOf(raw.fromID) ?? '') : undefined;
    const to = isRow(raw) ? nodes.get(keyOf(raw.toID) ?? '') : undefined;
    if (!from || !to) {
      dangling.add(place);
      return;
    }
    if (!into.has(to.key)) into.set(to.key, []);
    into.get(to.key)!.push({ node: from, place });
    if (!outOf.has(from.key)) outOf.set(from.key, []);
    outOf.get(from.key)!.push({ node: to, place });
  });

  const links: Link[] = [];
  const unusable = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'aif.ra-ca-node-s-lack',
    message: '{count} RA/CA node(s) lack a premise or a conclusion and were left out',
    values: { count: n },
  }));
  const undercuts = new NoteGroup('import-guessed', (n) => /*i18n*/ ({
    id: 'aif.attack-s-on-an-inference',
    message: '{count} attack(s) on an inference were read as attacks on its premise',
    values: { count: n },
  }));
  for (const node of nodes.values()) {
    if (node.type !== 'RA' && node.type !== 'CA') continue;
    const relation = node.type === 'RA' ? 'supports' : 'attacks';
    const premises = (into.get(node.key) ?? []).filter((e) => e.node.type === 'I');
    let conclusions = (outOf.get(node.key) ?? []).filter((e) => e.node.type === 'I');
    if (!conclusions.length && node.type === 'CA') {
      // An undercutter: the attacked thing is an inference; its premise stands in.
      const inference = (outOf.get(node.key) ?? []).find((e) => e.node.type === 'RA');
      const premise =
        inference && (into.get(inference.node.key) ?? []).find((e) => e.node.type === 'I');
      if (premise) {
        conclusions = [{ node: premise.node, place: inference.place }];
        undercuts.add(`nodes[${node.index}]`);
      }
    }
    if (!premises.length || !conclusions.length) {
      unusable.add(`nodes[${node.index}]`);
      continue;
    }
    for (const premise of premises)
      for (const conclusion of conclusions)
        links.push({
          from: premise.node,
          to: conclusion.node,
          relation,
          place: `nodes[${node.index}]`,
        });
  }

  const ids = new IdMaker();
  const document = debateFrame(log, 'Argument map', '', (t) => ids.make(t, 'debate'), updated);
  const issueId = ids.make('argument-map', 'issue');
  log.guessed(
    '',
    /*i18n*/ {
      id: 'aif.aif-has-no-issues-one',
      message:
        'AIF has no issues: one issue, "What does this argument map conclude?", holds every position',
    },
  );
  const idOf = new Map<string, string>();
  const claims = [...nodes.values()].filter((n) => n.type === 'I');
  for (const claim of claims) idOf.set(claim.key, ids.make(claim.text, 'claim'));

  const positions: Record<string, unknown>[] = [];
  const args: Record<string, unknown>[] = [];
  const firstUse = new Map<string, string>();
  const selfLinks = new NoteGroup('import-dropped', (n) => /*i18n*/ ({
    id: 'aif.relation-s-from-a-claim',
    message: '{count} relation(s) from a claim to itself were left out',
    values: { count: n },
  }));
  const outgoing = new Map<string, Link[]>();
  for (const link of links) {
    if (link.from === link.to) {
      selfLinks.add(link.place);
      continue;
    }
    if (!outgoing.has(link.from.key)) outgoing.set(link.from.key, []);
    outgoing.get(link.from.key)!.push(link);
  }
  for (const claim of claims) {
    const place = `nodes[${claim.index}] (nodeID ${shown(claim.key)})`;
    const uses = outgoing.get(claim.key) ?? [];
    if (!uses.length) {
      log.origin(`positions[${positions.length}]`, place);
      positions.push({ id: idOf.get(claim.key), issue: issueId, statement: claim.text });
      continue;
    }
    uses.forEach((use, n) => {
      const id = n === 0 ? idOf.get(claim.key)! : ids.make(claim.text, 'claim');
      if (n === 0) firstUse.set(claim.key, id);
      log.origin(`arguments[${args.length}]`, place);
      args.push({
        id,
        claim: claim.text,
        target: idOf.get(use.to.key),
        relation: use.relation,
        by: [],
        ...(n > 0 && { 'x-same-as': firstUse.get(claim.key) }),
      });
    });
  }
  for (const group of [badNodes, dialogue, dangling, unusable, undercuts, selfLinks])
    group.flush(log);
  log.mapped(
    '',
    /*i18n*/ {
      id: 'aif.i-node-s-position-s',
      message:
        '{count} I-node(s) → {count2} position(s) and {count3} argument(s) (RA → supports, CA → attacks)',
      values: { count: claims.length, count2: positions.length, count3: args.length },
    },
  );
  return log.result(AIF, {
    ...document,
    issues: [{ id: issueId, question: 'What does this argument map conclude?' }],
    actors: [],
    positions,
    arguments: args,
  });
}
