// The benchmark's one source of chance: seeded and deterministic (no Math.random), so
// every run builds and measures the same documents.

/** mulberry32: a small, seeded, deterministic generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator, and a seeded choice of a whole number in [0, n) drawn from it. */
export function seededPick(seed: number): {
  random: () => number;
  pick: (n: number) => number;
} {
  const random = seededRandom(seed);
  return { random, pick: (n) => Math.floor(random() * n) };
}
