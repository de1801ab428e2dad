/** The most requests any sliding window of `windowMs` holds: `(t - windowMs, t]`, as the simulators count. */
export function maxInSlidingWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while (sorted[first]! <= sorted[last]! - windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** Requests in each of `count` back-to-back windows `[start + k·windowMs, start + (k+1)·windowMs)`. */
export function requestsPerWindow(times: readonly number[], start: number, windowMs: number, count: number): number[] {
  const counts = new Array<number>(count).fill(0);
  for (const at of times) {
    const index = Math.floor((at - start) / windowMs);
    if (index >= 0 && index < count) counts[index]!++;
  }
  return counts;
}

/** The longest wait between looks at each scan (and from `start` to the first look), while it was not finished. */
export function longestWaitBetweenLooks(looks: ReadonlyMap<string, readonly number[]>, start: number): number {
  let longest = 0;
  for (const times of looks.values()) {
    let previous = start;
    for (const at of times) {
      longest = Math.max(longest, at - previous);
      previous = at;
    }
  }
  return longest;
}
