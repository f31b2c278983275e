import type { Debate, DebateNode, NodeId } from './model';

/** Lower case without accents, so "refoulement" finds "Refoulement" and "pais" finds "País". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchableText(node: DebateNode): string {
  switch (node.type) {
    case 'actor':
      return [node.name, node.shortName ?? '', node.summary].join('\n');
    case 'issue':
      return [node.question, node.summary].join('\n');
    case 'position':
      return node.statement;
    case 'argument':
      return [node.claim, node.text ?? ''].join('\n');
  }
}

/**
 * The nodes whose names, statements or claims contain every word of the query, in
 * node order — but those whose label matches first, as a reader expects.
 */
export function searchNodes(debate: Debate, query: string): NodeId[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const inLabel: NodeId[] = [];
  const elsewhere: NodeId[] = [];
  for (const node of debate.nodes) {
    const label = foldForSearch(node.label);
    if (words.every((w) => label.includes(w))) inLabel.push(node.id);
    else {
      const text = foldForSearch(searchableText(node));
      if (words.every((w) => text.includes(w))) elsewhere.push(node.id);
    }
  }
  return [...inLabel, ...elsewhere];
}
