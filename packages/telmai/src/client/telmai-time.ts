import { epochOf } from "../adapter/asset-runs.js";

/**
 * UTC with a `Z`, every part in range, and a day every month has (later days go through `Date`,
 * which rolls 02-31 over). V8 reads ten or more fraction digits its own way: those go through `Date` too.
 */
const plainUtc = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;

/** A plain UTC timestamp as `toISOString` writes it (three fraction digits, cut as `Date.parse` cuts them). */
const canonical = (value: string) =>
  value.length === 24 ? value : `${value.slice(0, 19)}.${`${value.slice(20, -1)}000`.slice(0, 3)}Z`;

/**
 * The earliest (or latest) of the timestamps as ISO-8601 UTC, undefined when none reads. Telmai
 * writes UTC with a `Z`: those sort as strings, with no Date (lists hold thousands of runs); when
 * any is in another form, all go through `Date`.
 */
function boundary(timestamps: readonly (string | null | undefined)[], latest: boolean): string | undefined {
  let found: string | undefined;
  for (const timestamp of timestamps) {
    if (!timestamp) continue;
    if (!plainUtc.test(timestamp)) {
      const epochs = timestamps.map(epochOf).filter((epoch) => epoch !== undefined);
      return epochs.length > 0 ? new Date(latest ? Math.max(...epochs) : Math.min(...epochs)).toISOString() : undefined;
    }
    const time = canonical(timestamp);
    if (found === undefined || (latest ? time > found : time < found)) found = time;
  }
  return found;
}

export const earliestIsoTime = (timestamps: readonly (string | null | undefined)[]) => boundary(timestamps, false);

export const latestIsoTime = (timestamps: readonly (string | null | undefined)[]) => boundary(timestamps, true);

/** One timestamp as ISO-8601 UTC; undefined when empty or unreadable. */
export const isoTime = (timestamp: string | null | undefined) => boundary([timestamp], false);
