// Checking a debate and drawing it are each a long piece of main-thread work; run in one
// task, they add up (a position held by 300 actors: checks, then the first render of
// every node). Awaiting this between them lets the browser breathe, and paint, in between.

/** Resolves in a task of its own, after whatever the browser has queued (input, a frame). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
