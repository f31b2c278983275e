// A debate → AIF JSON (as AIFdb stores it): positions and arguments as I-nodes, each
// argument's support as an RA node and each attack as a CA node. An argument that
// repeats another (x-same-as) reuses the other's I-node, as AIF allows. AIF has no
// issues, actors, stances or evidence; the report says so.
import { itemsOf, lostCount, type Exported } from './export-result';

type Json = Record<string, unknown>;

export function writeAif(document: Json): Exported {
  const nodes: Json[] = [];
  const edges: Json[] = [];
  const nodeOf = new Map<string, string>();
  const add = (text: string, type: string) => {
    const nodeID = String(nodes.length + 1);
    nodes.push({ nodeID, text, type, timestamp: '' });
    return nodeID;
  };
  const edge = (fromID: string, toID: string) =>
    edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });
  for (const position of itemsOf(document, 'positions'))
    nodeOf.set(String(position.id), add(String(position.statement), 'I'));
  const args = itemsOf(document, 'arguments');
  for (const argument of args) {
    const same =
      typeof argument['x-same-as'] === 'string' ? nodeOf.get(argument['x-same-as']) : undefined;
    nodeOf.set(String(argument.id), same ?? add(String(argument.claim), 'I'));
  }
  for (const argument of args) {
    const target = nodeOf.get(String(argument.target));
    if (!target) continue;
    const scheme =
      argument.relation === 'attacks'
        ? add('Default Conflict', 'CA')
        : add('Default Inference', 'RA');
    edge(nodeOf.get(String(argument.id))!, scheme);
    edge(scheme, target);
  }
  const evidence = ['stances', 'arguments'].some((a) =>
    itemsOf(document, a).some((i) => Array.isArray(i.evidence) && i.evidence.length),
  );
  const lost = [
    ...lostCount(document, 'issues'),
    ...lostCount(document, 'actors'),
    ...lostCount(document, 'stances'),
    ...(evidence ? ['evidence (sources and quotes)'] : []),
    ...lostCount(document, 'sources'),
    ...lostCount(document, 'events'),
    ...lostCount(document, 'glossary', 'glossary entries'),
    ...lostCount(document, 'tours'),
  ];
  return {
    content: JSON.stringify({ nodes, edges, locutions: [] }, null, 2),
    mimeType: 'application/json',
    extension: 'aif.json',
    lost,
  };
}
