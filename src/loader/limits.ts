/** The format's limits (data-format.md). Synthetic benchmark graphs may raise them explicitly. */
export interface LoadLimits {
  readonly maxBytes: number;
  readonly maxNodes: number;
  readonly maxEdges: number;
  /** Deeper than any debate needs, far shallower than what overflows a stack. */
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: LoadLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxNodes: 20_000,
  maxEdges: 40_000,
  maxDepth: 100,
};

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
