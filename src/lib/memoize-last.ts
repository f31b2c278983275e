/** Remembers the last call: the same arguments (by identity) return the same result object. */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs?.[i])) {
      lastResult = fn(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
