// How the layout's ticks are run: all at once (`settle`), in parts that each stop when
// asked to (`settleSome`, so a big graph never blocks the page for long), or one a
// frame from requestAnimationFrame while the layout is hot (`reheat`), then sleeps.
// The simulation itself is set up elsewhere (layout-forces.ts).
import type { Simulation } from 'd3-force';
import { DEFAULT_REHEAT_ALPHA, settleTicks } from './layout-tuning';
import type { EngineNode, LayoutEngine } from './layout-types';

export interface LoopOptions {
  readonly simulation: Simulation<EngineNode, undefined>;
  /** Runs after every tick (the engine's own corrections, and forgetting stale lookups). */
  readonly afterTick: () => void;
  /** Shows the nodes where they are now. */
  readonly emit: () => void;
  /** Animate from frames: false, or no requestFrame, settles every reheat at once. */
  readonly animate: boolean;
  readonly requestFrame: ((cb: () => void) => number) | undefined;
  readonly cancelFrame: (handle: number) => void;
}

export type LayoutLoop = Pick<
  LayoutEngine,
  'settle' | 'settleSome' | 'reheat' | 'stop' | 'isRunning' | 'cooled'
> & {
  /** Drops a settle done in parts (a new graph starts its own count). */
  forgetSettle(): void;
  /** Stops for good: no frame runs after this. */
  destroy(): void;
};

export function createLayoutLoop(options: LoopOptions): LayoutLoop {
  const { simulation, afterTick, emit, requestFrame, cancelFrame } = options;
  const animate = options.animate && requestFrame !== undefined;
  let frameHandle: number | null = null;
  let running = false;
  let destroyed = false;
  /** Ticks left of a settle done in parts; null when none is under way. */
  let settleLeft: number | null = null;

  const hot = () => simulation.alpha() >= simulation.alphaMin();

  function cancelLoop(): void {
    if (frameHandle !== null) cancelFrame(frameHandle);
    frameHandle = null;
    running = false;
  }

  function tick(): void {
    simulation.tick();
    afterTick();
  }

  function frame(): void {
    frameHandle = null;
    if (destroyed || !running) return;
    tick();
    if (!hot()) running = false;
    else if (requestFrame !== undefined) frameHandle = requestFrame(frame);
    emit();
  }

  const loop: LayoutLoop = {
    settle(maxTicks) {
      if (destroyed) return;
      cancelLoop();
      settleLeft = maxTicks ?? null;
      loop.settleSome(() => false);
    },

    settleSome(enough) {
      if (destroyed) return true;
      cancelLoop();
      // setGraph chose the decay that cools from alpha 1 in settleTicks ticks; one
      // more covers rounding.
      settleLeft ??= settleTicks(simulation.nodes().length) + 1;
      while (settleLeft > 0 && hot()) {
        tick();
        settleLeft -= 1;
        if (settleLeft > 0 && hot() && enough()) return false;
      }
      settleLeft = null;
      emit();
      return true;
    },

    reheat(alpha = DEFAULT_REHEAT_ALPHA) {
      if (destroyed) return;
      simulation.alpha(alpha);
      settleLeft = null;
      if (!animate || requestFrame === undefined) {
        loop.settle();
        return;
      }
      if (running) return;
      running = true;
      frameHandle = requestFrame(frame);
    },

    stop() {
      cancelLoop();
    },

    isRunning() {
      return running;
    },

    cooled() {
      if (!running) return 1;
      // Alpha decays geometrically from 1 to alphaMin: its logarithm cools linearly.
      const done = Math.log(simulation.alpha()) / Math.log(simulation.alphaMin());
      return Math.min(1, Math.max(0, done));
    },

    forgetSettle() {
      settleLeft = null;
    },

    destroy() {
      cancelLoop();
      destroyed = true;
    },
  };
  return loop;
}
