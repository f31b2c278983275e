// A stable string key per object, for React's `key`: a new object, a new key. Held
// weakly, so the objects can be collected.
const keys = new WeakMap<object, string>();
let next = 0;

export function objectKey(value: object): string {
  let key = keys.get(value);
  if (key === undefined) {
    key = `k${next++}`;
    keys.set(value, key);
  }
  return key;
}
