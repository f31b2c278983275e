// The benchmark's synthetic debates are valid by the format at every size and seed,
// within the normal limits, and the same seed always makes the same debate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCounts, syntheticDebate } from '../../bench/synthetic-debate';
import { loadDebateText, loadDebateValue } from '../../src/loader/load-debate';
import { DEFAULT_LIMITS } from '../../src/loader/limits';

describe('the synthetic debate generator', () => {
  // 20,000 is the format's node limit: the bench's biggest debate, generated once here.
  it.each([100, 500, 2_000, 5_000, 20_000])(
    'makes a %i-node debate that loads with no problems',
    (nodes) => {
      const doc = syntheticDebate({ nodes, seed: 1 });
      // Through the text door, as the app loads it: the size limit applies too.
      const result = loadDebateText(JSON.stringify(doc));
      if (!result.ok) expect(result.errors.slice(0, 3)).toEqual([]);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.warnings).toEqual([]);
      expect(result.debate.nodes).toHaveLength(nodes);
      expect(result.debate.edges.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxEdges);
      // At the node limit it fills the edge limit too: the biggest debate the format allows.
      if (nodes === DEFAULT_LIMITS.maxNodes)
        expect(result.debate.edges).toHaveLength(DEFAULT_LIMITS.maxEdges);
      const types = new Set(result.debate.nodes.map((n) => n.type));
      expect([...types].sort()).toEqual(['actor', 'argument', 'issue', 'position']);
      // Arguments about arguments, and both relations, as real debates have.
      const byId = result.debate.index.node;
      expect(result.debate.arguments.some((a) => byId.get(a.target)?.type === 'argument')).toBe(
        true,
      );
      expect(new Set(result.debate.arguments.map((a) => a.relation)).size).toBe(2);
    },
  );

  it('keeps within a smaller edge limit when asked', () => {
    const capped = loadDebateValue(syntheticDebate({ nodes: 600, maxEdges: 1_000 }));
    expect(capped.ok && capped.debate.edges.length).toBe(1_000);
  });

  it('has about one issue per 60 nodes', () => {
    expect(syntheticCounts(2_000).issues).toBe(33);
    expect(syntheticCounts(100).issues).toBe(2);
  });

  it('is deterministic: the same seed, the same debate; another seed, another', () => {
    const a = JSON.stringify(syntheticDebate({ nodes: 300, seed: 7 }));
    expect(JSON.stringify(syntheticDebate({ nodes: 300, seed: 7 }))).toBe(a);
    expect(JSON.stringify(syntheticDebate({ nodes: 300, seed: 8 }))).not.toBe(a);
  });

  it('is valid for any seed and small size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 250 }), fc.nat(), (nodes, seed) => {
        const result = loadDebateValue(syntheticDebate({ nodes, seed }));
        if (!result.ok) return false;
        return result.warnings.length === 0 && result.debate.nodes.length === nodes;
      }),
      { numRuns: 150 },
    );
  });
});
