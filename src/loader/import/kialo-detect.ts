// Recognising a Kialo export cheaply, without loading the importer.
export const KIALO_TITLE = /^\s*Discussion Title:\s*(.*)$/i;
const FIRST_CLAIM = /^\s*1\.\s/;
const CHILD_CLAIM = /^\s*1\.\d+\.\s+(Pro|Con|Thesis)\s*:/i;

export function looksLikeKialo(head: string): boolean {
  const lines = head
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/, 40)
    .filter((l) => l.trim());
  const first = lines[0] ?? '';
  return (
    KIALO_TITLE.test(first) ||
    (FIRST_CLAIM.test(first) && lines.slice(1).some((l) => CHILD_CLAIM.test(l)))
  );
}
