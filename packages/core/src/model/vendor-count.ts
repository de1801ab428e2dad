/**
 * A count as a vendor should send it: a whole number from 0. Anything else (a fraction, a negative,
 * a string, null: drift or a bug) counts as 0, so totals in the model always add up.
 */
export function vendorCount(value: unknown): number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
