// The hostile corpus through the loader: each case is refused with the codes it should
// be, or loads whole; nothing throws, nothing pollutes Object.prototype.
import { describe, expect, it } from 'vitest';
import { loadDebateText } from '../../src/loader/load-debate';
import { formatProblem } from '../../src/loader/problems';
import { hostileCorpus, stressCorpus } from '../fixtures/hostile/corpus';

describe('the hostile corpus', () => {
  it.each([...hostileCorpus(), ...stressCorpus()].map((c) => [c.name, c] as const))(
    '%s',
    (_name, hostile) => {
      const result = loadDebateText(hostile.text());
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      if (hostile.expected.ok) {
        if (!result.ok) expect(result.errors.map(formatProblem)).toEqual([]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.debate.meta.title).toBe(hostile.expected.title);
        expect(new Set(result.warnings.map((w) => w.code))).toEqual(
          new Set(hostile.expected.warnings ?? []),
        );
      } else {
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const codes = new Set(result.errors.map((p) => p.code));
        for (const code of hostile.expected.codes) expect(codes).toContain(code);
        // Every problem says where and what, in words.
        for (const p of result.errors) {
          expect(p.message.length).toBeGreaterThan(5);
          expect(p.message.length).toBeLessThan(400);
        }
      }
    },
  );

  it('keeps __proto__ and constructor keys from reaching any prototype', () => {
    const hostile = hostileCorpus().find((c) => c.fileName === 'proto.json')!;
    const result = loadDebateText(hostile.text());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // "constructor" is a valid id: found through the Map index, not an object's prototype.
    expect(result.debate.index.node.get('constructor' as never)?.label).toBe('School council');
    expect(Object.getPrototypeOf(result.debate.meta)).toBe(Object.prototype);
    expect(result.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'meta.__proto__', 'actors[0].__proto__']),
    );
  });
});
