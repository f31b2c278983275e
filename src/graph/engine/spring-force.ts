// The engine's link force: d3's forceLink with fixed ends that do not give way, and
// d3's fixed-seed random source, so the engine can reset it on every graph.
import type { Force, SimulationNodeDatum } from 'd3-force';

/** What a spring needs of a node: d3's simulation fields. */
export interface SpringNode extends SimulationNodeDatum {
  x: number;
  y: number;
  vx: number;
  vy: number;
}

export interface Spring {
  readonly source: SpringNode;
  readonly target: SpringNode;
  readonly distance: number;
  readonly strength: number;
  /** The target's share of each correction when neither end is fixed (d3's degree bias). */
  readonly bias: number;
}

export interface SpringForce extends Force<SpringNode, undefined> {
  springs(next: readonly Spring[]): void;
}

/**
 * d3's forceLink, with one change: a fixed end (an issue, a pinned node) does not
 * absorb its share of the correction, the free end takes all of it. d3 splits by
 * degree alone, so a busy position tied to its (fixed) issue would feel almost none
 * of the pull and drift off toward the actors that hold it.
 */
export function springForce(): SpringForce {
  let springs: readonly Spring[] = [];
  let random = lcg();
  const jiggle = () => (random() - 0.5) * 1e-6;
  const force = (alpha: number) => {
    for (const { source, target, distance, strength, bias } of springs) {
      let x = target.x + target.vx - source.x - source.vx || jiggle();
      let y = target.y + target.vy - source.y - source.vy || jiggle();
      const length = Math.sqrt(x * x + y * y);
      const k = ((length - distance) / length) * alpha * strength;
      x *= k;
      y *= k;
      const share = target.fx != null ? 0 : source.fx != null ? 1 : bias;
      target.vx -= x * share;
      target.vy -= y * share;
      source.vx += x * (1 - share);
      source.vy += y * (1 - share);
    }
  };
  force.initialize = (_nodes: SpringNode[], next: () => number) => {
    random = next;
  };
  force.springs = (next: readonly Spring[]) => {
    springs = next;
  };
  return force;
}

/** d3-force's own fixed-seed linear congruential generator, so the engine can reset it. */
export function lcg(): () => number {
  let s = 1;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}
