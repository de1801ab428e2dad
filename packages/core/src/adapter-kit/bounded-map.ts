/**
 * A map that forgets its least recently written entries past `capacity`: what an adapter
 * remembers between calls (cancels it sent, a scan's target) must not grow without end in a
 * long-lived process. Writing a key makes it the newest; reading does not (reads are frequent
 * and cheap, and the entries worth keeping are the ones still being written).
 */
export interface BoundedMap<Key, Value> {
  get(key: Key): Value | undefined;
  has(key: Key): boolean;
  set(key: Key, value: Value): void;
  delete(key: Key): boolean;
  readonly size: number;
}

export function createBoundedMap<Key, Value>(capacity: number): BoundedMap<Key, Value> {
  if (!(Number.isSafeInteger(capacity) && capacity >= 1)) {
    throw new RangeError(`a bounded map needs a capacity that is a whole number ≥ 1, got ${capacity}`);
  }
  const entries = new Map<Key, Value>();
  return {
    get: (key) => entries.get(key),
    has: (key) => entries.has(key),
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as Key);
    },
    delete: (key) => entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
