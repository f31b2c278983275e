// The longest main-thread task while a step runs, from a Chromium trace: in wall time, and
// in the CPU time the renderer's main thread itself spent on it. On a busy machine a task's
// wall time grows with everything else the machine runs; its CPU time hardly does, so it
// is the figure to hold against a goal such as "no task over 200 ms". Reported, never
// asserted.
import type { Browser, Page } from 'playwright-core';

export interface LongestTask {
  /** The task that took longest by the clock on the wall. */
  readonly longestWallMs: number;
  /** The task on which the main thread spent the most CPU time. */
  readonly longestCpuMs: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly processId?: number;
      readonly frames?: readonly { readonly processId?: number }[];
    };
  };
}

/**
 * The renderer processes of the traced page's frames. A browser trace holds every renderer,
 * and headless Chromium runs WebUI of its own (the omnibox popup, chrome://) whose start-up
 * tasks of 200 ms were counted as the app's before this filter.
 */
function pageProcesses(events: readonly TraceEvent[]): Set<number> {
  const pids = new Set<number>();
  for (const e of events) {
    if (e.name === 'TracingStartedInBrowser')
      for (const frame of e.args?.data?.frames ?? [])
        if (frame.processId !== undefined) pids.add(frame.processId);
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.processId !== undefined)
      pids.add(e.args.data.processId);
  }
  return pids;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Runs `step` under a trace of `page` and measures the main-thread tasks of its renderers. */
export async function longestTask(
  browser: Browser,
  page: Page,
  step: () => Promise<void>,
): Promise<LongestTask> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let trace: Buffer;
  try {
    await step();
  } finally {
    trace = await browser.stopTracing();
  }
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const ofPage = pageProcesses(events);
  const mainThreads = new Set(
    events
      .filter(
        (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ofPage.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let wall = 0;
  let cpu = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    wall = Math.max(wall, e.dur ?? 0);
    cpu = Math.max(cpu, e.tdur ?? 0);
  }
  // Trace times are in microseconds.
  return { longestWallMs: Math.round(wall / 1000), longestCpuMs: Math.round(cpu / 1000) };
}
