const haloDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/**
 * Halo prints dates as `YYYY-MM-DD HH:MM` with no zone, and `0000-00-00 00:00` when unset.
 * Inference: they are UTC. Anything else (or the zero date) gives undefined, never a wrong date.
 * Written back as a string: a Date only checks a day past the 28th (lists hold thousands of dates).
 */
export function haloDateToIso(date: string | null | undefined): string | undefined {
  const text = date?.trim();
  const match = text ? haloDate.exec(text) : null;
  if (!text || !match || text.startsWith("0000")) return undefined;
  const day = Number(match[2]);
  // Reject days the month does not have (2026-02-31).
  if (day > 28 && new Date(Date.UTC(Number(text.slice(0, 4)), Number(match[1]) - 1, day)).getUTCDate() !== day) {
    return undefined;
  }
  return `${text.slice(0, 10)}T${text.slice(11, 16)}:${text.slice(17) || "00"}.000Z`;
}

/** A Halo date as whole minutes since the epoch (UTC, as `haloDateToIso`), or undefined. */
export function haloDateToMinute(date: string | null | undefined): number | undefined {
  const iso = haloDateToIso(date);
  return iso === undefined ? undefined : Math.floor(Date.parse(iso) / 60_000);
}
