/** The longest delay Node's timers take: a longer one fires after 1 ms (with a TimeoutOverflowWarning). */
export const maxTimerMs = 2 ** 31 - 1;

/** A delay a timer can take: not negative, not beyond Node's limit. */
export function clampTimerMs(ms: number): number {
  if (Number.isNaN(ms)) return 0;
  return Math.min(Math.max(0, ms), maxTimerMs);
}
