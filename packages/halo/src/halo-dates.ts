const haloDate = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Halo prints dates as `YYYY-MM-DD HH:MM` with no zone, and `0000-00-00 00:00` when unset.
 * Inference: they are UTC. Anything else (or the zero date) gives undefined, never a wrong date.
 */
export function haloDateToIso(date: string | null | undefined): string | undefined {
  const match = date ? haloDate.exec(date.trim()) : null;
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year === 0 || month === 0 || day === 0 || hour > 23 || minute > 59 || second > 59) return undefined;
  const epoch = Date.UTC(year, month - 1, day, hour, minute, second);
  const parsed = new Date(epoch);
  // Reject dates that roll over (2026-02-31).
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return undefined;
  return parsed.toISOString();
}
