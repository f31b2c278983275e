// Runs the loader's checks on a big file in a Web Worker (check.worker.ts), so a 5 MB
// debate does not freeze the page while it is validated. One worker per file, ended
// with its answer. Where no worker starts (a classroom copy opened from file://, old
// browsers, tests without workers) the answer is null and the page checks the file
// itself, as it always did.
import type { CheckRequest } from './check.worker';
import type { CheckResult } from './load-debate';
import type { LoadLimits } from './limits';

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./check.worker.ts', import.meta.url), {
      type: 'module',
      name: 'stancemap-check',
    });
  } catch {
    return null;
  }
}

/** The checks' verdict from a worker, or null when no worker could run them. */
export function checkOffThread(text: string, limits: LoadLimits): Promise<CheckResult | null> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const end = (result: CheckResult | null) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<CheckResult>) => end(event.data);
    // A worker that cannot load (a blocked or missing script) answers with an error event.
    worker.onerror = (event) => {
      event.preventDefault();
      end(null);
    };
    worker.postMessage({ text, limits } satisfies CheckRequest);
  });
}
