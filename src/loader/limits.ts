import type { LoaderMessage } from './problems';

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

/** A file size for a message: a number the reader's language formats, with its unit. */
export function formatBytes(bytes: number): LoaderMessage {
  const megabytes = bytes / 1024 / 1024;
  return megabytes >= 1
    ? /*i18n*/ {
        id: 'size.megabytes',
        message: '{size, number} MB',
        values: { size: Math.round(megabytes * 10) / 10 },
      }
    : /*i18n*/ {
        id: 'size.kilobytes',
        message: '{size, number} KB',
        values: { size: Math.ceil(bytes / 1024) },
      };
}
