// Recognising Argdown cheaply, without loading the importer: a statement `[Title]: …`
// or an argument `<Title>: …` defined at the start of a line, or a relation line
// `+ [Title]`, `- <Title>`.
const DEFINITION = /^\s*(\[[^\]\n]+\]|<[^>\n]+>)\s*:/m;
const RELATION = /^\s*[+\-_]>?\s+(\[[^\]\n]+\]|<[^>\n]+>)/m;

export function looksLikeArgdown(head: string): boolean {
  return DEFINITION.test(head) || RELATION.test(head);
}
