// fast-check generators: random valid debates, and random mutations of a debate.
import fc from 'fast-check';

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\S/.test(s));
const stanceValue = fc.constantFrom('for', 'against', 'conditional', 'unclear');

function evidence() {
  return fc.array(fc.record({ source: fc.constant('src'), quote: text }), {
    minLength: 1,
    maxLength: 2,
  });
}

/** A valid debate of random shape: every reference points at an item of the right kind. */
export function arbitraryDebate() {
  return fc
    .record({
      issues: fc.integer({ min: 1, max: 4 }),
      positions: fc.integer({ min: 1, max: 8 }),
      actors: fc.integer({ min: 1, max: 8 }),
      arguments: fc.integer({ min: 0, max: 10 }),
      seed: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
      stanceValues: fc.array(stanceValue, { minLength: 64, maxLength: 64 }),
      labels: fc.array(text, { minLength: 64, maxLength: 64 }),
    })
    .chain((shape) =>
      evidence().map((ev) => {
        const pick = (i: number, n: number) => (shape.seed[i % 64] ?? 0) % n;
        const label = (i: number) => shape.labels[i % 64] ?? 'x';
        const issues = Array.from({ length: shape.issues }, (_, i) => ({
          id: `i${i}`,
          question: label(i),
          summary: label(i + 1),
        }));
        const positions = Array.from({ length: shape.positions }, (_, i) => ({
          id: `p${i}`,
          issue: `i${pick(i, shape.issues)}`,
          statement: label(i + 2),
        }));
        const actors = Array.from({ length: shape.actors }, (_, i) => ({
          id: `a${i}`,
          name: label(i + 3),
          kind: 'group',
          summary: label(i + 4),
          ...(i > 0 && pick(i + 5, 3) === 0 ? { memberOf: `a${pick(i, i)}` } : {}),
        }));
        // One stance per (actor, position) at most: walk the pairs and keep some.
        const stances = actors.flatMap((a, ai) =>
          positions
            .filter((_, pi) => pick(ai * 7 + pi, 3) === 0)
            .map((p, pi) => ({
              actor: a.id,
              position: p.id,
              stance: shape.stanceValues[(ai + pi) % 64] ?? 'for',
              summary: label(ai + pi),
              evidence: ev,
            })),
        );
        const args = Array.from({ length: shape.arguments }, (_, i) => ({
          id: `g${i}`,
          claim: label(i + 6),
          // Arguments attack positions or earlier and later arguments (cycles allowed), never themselves.
          target:
            i > 0 && pick(i + 9, 2) === 0
              ? `g${(i + 1 + pick(i, shape.arguments - 1)) % shape.arguments}`
              : `p${pick(i, shape.positions)}`,
          relation: pick(i + 11, 2) === 0 ? 'supports' : 'attacks',
          by: pick(i + 13, 2) === 0 ? [`a${pick(i, shape.actors)}`] : [],
          evidence: ev,
        }));
        return {
          format: 'debate-graph',
          version: 1,
          meta: {
            id: 'random',
            title: 'Random',
            summary: 'Random debate',
            language: 'en',
            updated: '2026',
          },
          issues,
          actors,
          positions,
          stances,
          arguments: args,
          sources: [{ id: 'src', title: 'Source' }],
        };
      }),
    )
    .filter((doc) => doc.arguments.every((a) => a.target !== a.id));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy of `doc` with one value somewhere replaced, one key removed, or one item duplicated. */
export function mutatedDebate(doc: unknown) {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(doc, []);
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      '__proto__',
      'constructor',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '',
      'engage-yes',
    ),
  );
  return fc
    .tuple(
      fc.constantFrom(...paths),
      fc.constantFrom('replace', 'delete', 'duplicate', 'proto'),
      replacement,
    )
    .map(([path, how, value]) => {
      const copy = JSON.parse(JSON.stringify(doc)) as Json;
      if (path.length === 0) return how === 'replace' ? (value as Json) : copy;
      let parent: Json = copy;
      for (const key of path.slice(0, -1))
        parent = (parent as Record<string, Json>)[key as string] as Json;
      const last = path[path.length - 1]!;
      const container = parent as Record<string | number, Json>;
      if (how === 'replace') container[last] = value as Json;
      else if (how === 'delete') {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete container[last];
      } else if (how === 'duplicate' && Array.isArray(parent))
        parent.push(structuredClone(parent[last as number]!));
      else if (how === 'proto' && !Array.isArray(parent))
        Object.defineProperty(container, '__proto__', { value, enumerable: true });
      return copy;
    });
}
