// The validation benchmark's document (bench/validation.bench.ts) is what it claims:
// about 5 MB, within every limit, valid, so the benchmark times the whole door. The
// timing itself is the bench's job; here only correctness.
import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  ARGUMENTS,
  fiveMegabyteDebate,
  ISSUES,
  POSITIONS,
} from '../../bench/five-mb-debate';
import { loadDebateText } from '../../src/loader/load-debate';
import { DEFAULT_LIMITS } from '../../src/loader/limits';

const FIVE_MB = 5 * 1024 * 1024;

describe('the five-megabyte debate', () => {
  it('is about 5 MB, within the limits, and loads whole, with no problem', () => {
    const text = JSON.stringify(fiveMegabyteDebate(), null, 2);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(0.95 * FIVE_MB);
    expect(bytes).toBeLessThanOrEqual(FIVE_MB);
    expect(bytes).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBytes);
    const result = loadDebateText(text);
    if (!result.ok) expect(result.errors.slice(0, 3)).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.debate.nodes).toHaveLength(ISSUES + POSITIONS + ACTORS + ARGUMENTS);
    expect(result.debate.nodes.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNodes);
    expect(result.debate.edges.length).toBeGreaterThan(14_000);
    expect(result.debate.edges.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxEdges);
  });

  it('is the same document on every run', () => {
    expect(JSON.stringify(fiveMegabyteDebate())).toBe(JSON.stringify(fiveMegabyteDebate()));
  });
});
