/**
 * The delay a vendor asks for (a scan's `nextPollAt`, e.g. from a vendor's next-poll-time header), capped
 * at `maxDelayMs`; undefined when there is no hint, it does not parse, or it is already past.
 */
export function hintedDelay(nextPollAt: string | undefined, now: number, maxDelayMs: number): number | undefined {
  if (!nextPollAt) return undefined;
  const at = Date.parse(nextPollAt);
  if (Number.isNaN(at) || at <= now) return undefined;
  return Math.min(at - now, maxDelayMs);
}
