// Ids for things a source format leaves unnamed: a slug of their text, unique in the
// debate (ids share one space, data-format.md), with a fallback for text that has no
// Latin letters.
const MAX_SLUG = 40;

export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique ids: `open-sundays`, `open-sundays-2`, or `claim-7` for text with no slug. */
export class IdMaker {
  private readonly used = new Set<string>();

  /** Reserves an id the source gave itself; false when it is taken or not a valid id. */
  claim(id: string): boolean {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  make(text: string, fallback: string): string {
    const base = slugOf(text) || fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
