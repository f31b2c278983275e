// The loader's checks on a big file, off the main thread: the same checkDebateText as
// on the page, so the problems and their places are the same. The page then only
// parses the file and builds the debate (src/loader/off-thread-check.ts).
import { checkDebateText, type CheckResult } from './load-debate';
import type { LoadLimits } from './limits';

export interface CheckRequest {
  readonly text: string;
  readonly limits: LoadLimits;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResult): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => scope.postMessage(checkDebateText(data.text, data.limits));
