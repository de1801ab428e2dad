/**
 * Exponential backoff with full jitter (the AWS / smithy formula): a random delay between
 * `minMs` and min(maxMs, baseMs × 2^(attempt-1)). `attempt` starts at 1.
 */
export function backoffDelay(
  attempt: number,
  options: { baseMs: number; maxMs: number; minMs?: number },
  random: () => number = Math.random,
): number {
  const minMs = options.minMs ?? 0;
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  if (ceiling <= minMs) return ceiling;
  return Math.round(minMs + random() * (ceiling - minMs));
}
