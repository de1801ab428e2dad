import type { RateLimit, VendorId } from "@scanstat/core";
import { catalogEntryOf } from "../vendors/vendor-catalog.js";
import { knownVendors, resolveVendorWord, vendorChoicesText } from "../vendors/vendor-manifests.js";

/** Where an override came from, for `scanstat vendors`. Later in this list wins. */
export type RateLimitSource = "config" | "environment" | "flag";

/** A budget the user set: at most `requests` in any window of `windowMs`. */
export interface RateBudget {
  requests: number;
  windowMs: number;
}

/** One override as written on the command line or in `SCANSTAT_RATE_LIMITS`. */
export interface RateLimitOverride extends RateBudget {
  vendor: VendorId;
  rateClass: string;
}

/** Overrides by vendor, then by the vendor's rate class. */
export type RateLimitOverrides = Partial<Record<VendorId, Readonly<Record<string, RateBudget>>>>;

export type ResolvedRateLimits = Partial<
  Record<VendorId, Readonly<Record<string, RateBudget & { source: RateLimitSource }>>>
>;

/** Reports a problem in the caller's words (a ConfigError for files and variables, a UsageError for flags). */
export type Fail = (problem: string) => never;

export function rateLimitVendor(text: string, fail: Fail): VendorId {
  const vendor = resolveVendorWord(text);
  if (!vendor) fail(`unknown vendor "${text}" (known: ${vendorChoicesText("; ")})`);
  return vendor as VendorId;
}

export function checkRateLimitClass(vendor: VendorId, rateClass: string, fail: Fail): string {
  const known = catalogEntryOf(vendor).rateLimitClasses;
  if (!known.includes(rateClass)) fail(`${vendor} has no rate class "${rateClass}" (known: ${known.join(", ")})`);
  return rateClass;
}

export function checkRequests(value: unknown, fail: Fail): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
    fail("requests must be a whole number of at least 1");
  return value as number;
}

/** Seconds as the user writes them → milliseconds (at least one). */
export function checkWindowSeconds(value: unknown, fail: Fail): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0)
    fail("windowSeconds must be a positive number of seconds");
  return Math.max(1, Math.round((value as number) * 1000));
}

/** Lays overrides on top of each other, class by class: a later layer wins for the classes it names. */
export function layerRateLimits(
  layers: ReadonlyArray<{ overrides: RateLimitOverrides; source: RateLimitSource }>,
): ResolvedRateLimits {
  const resolved: Partial<Record<VendorId, Record<string, RateBudget & { source: RateLimitSource }>>> = {};
  for (const { overrides, source } of layers) {
    for (const vendor of knownVendors) {
      for (const [rateClass, budget] of Object.entries(overrides[vendor] ?? {})) {
        resolved[vendor] = { ...resolved[vendor], [rateClass]: { ...budget, source } };
      }
    }
  }
  return resolved;
}

/** `top` over `base`, class by class (a profile over the file's top level). */
export function overlayRateLimitOverrides(base: RateLimitOverrides, top: RateLimitOverrides): RateLimitOverrides {
  const overlaid: Partial<Record<VendorId, Readonly<Record<string, RateBudget>>>> = { ...base };
  for (const vendor of knownVendors) {
    if (top[vendor]) overlaid[vendor] = { ...base[vendor], ...top[vendor] };
  }
  return overlaid;
}

/** Overrides from a list of single settings (the flag, the variable); a later one wins for the same class. */
export function groupRateLimitOverrides(list: readonly RateLimitOverride[]): RateLimitOverrides {
  const grouped: Partial<Record<VendorId, Record<string, RateBudget>>> = {};
  for (const { vendor, rateClass, requests, windowMs } of list) {
    grouped[vendor] = { ...grouped[vendor], [rateClass]: { requests, windowMs } };
  }
  return grouped;
}

/**
 * The adapter setting for one vendor. `documented: false`: an override is the user's number,
 * not one the vendor published.
 */
export function adapterRateLimits(
  overrides: Readonly<Record<string, RateBudget>> | undefined,
): Record<string, RateLimit> | undefined {
  if (!overrides || Object.keys(overrides).length === 0) return undefined;
  return Object.fromEntries(
    Object.entries(overrides).map(([rateClass, { requests, windowMs }]) => [
      rateClass,
      { requests, windowMs, documented: false },
    ]),
  );
}
