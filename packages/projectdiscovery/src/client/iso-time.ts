/**
 * UTC with a `Z`, every part in range, and a day every month has (later days go through `Date`,
 * which rolls 02-31 over). V8 reads ten or more fraction digits its own way: those go through `Date` too.
 */
const plainUtc = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;

/**
 * A timestamp as ISO-8601 UTC; undefined for empty strings, Go's zero time and anything unreadable.
 * The API writes UTC with a `Z`: such a string is rewritten as `toISOString` would write it (three
 * fraction digits, cut, not rounded, as `Date.parse` reads them) without a Date (lists hold thousands).
 */
export function isoTime(value: string | null | undefined): string | undefined {
  if (!value || value.startsWith("0001-01-01")) return undefined;
  if (plainUtc.test(value))
    return value.length === 24 ? value : `${value.slice(0, 19)}.${`${value.slice(20, -1)}000`.slice(0, 3)}Z`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
