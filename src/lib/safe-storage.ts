// Storage that never throws: inside a sandboxed iframe even reading localStorage
// throws, and private modes may refuse writes. Everything works without it.

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage is optional: the URL and memory still hold the state.
  }
}
