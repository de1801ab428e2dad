import type { AdapterOperation, RateLimit } from "../adapter/scan-adapter.js";
import { ConfigError } from "../errors/errors.js";
import type { VendorId } from "../model/vendor-id.js";

/** Which rate class each adapter operation spends. One shape for every vendor. */
export type OperationRateClasses<RateClass extends string = string> = Readonly<
  Partial<Record<AdapterOperation, RateClass>>
>;

/**
 * The budget of every class: the defaults with the user's overrides on top. A class the vendor
 * does not have is a ConfigError naming the classes it has (a typo must not silently leave the
 * default in force), as is a budget that is not a positive number of requests per positive window.
 */
export function resolveRateBudgets<RateClass extends string>(
  vendor: VendorId,
  defaults: Readonly<Record<RateClass, RateLimit>>,
  overrides: Readonly<Record<string, RateLimit>> | undefined,
): Readonly<Record<RateClass, RateLimit>> {
  const classes = Object.keys(defaults) as RateClass[];
  const resolved: Record<RateClass, RateLimit> = { ...defaults };
  for (const [name, limit] of Object.entries(overrides ?? {})) {
    if (!(classes as string[]).includes(name)) {
      throw new ConfigError(`${vendor}: unknown rate class "${name}": the classes are ${classes.join(", ")}`, {
        vendor,
      });
    }
    if (!(limit.requests > 0 && limit.windowMs > 0 && Number.isFinite(limit.requests + limit.windowMs))) {
      throw new ConfigError(`${vendor}: rate class "${name}" needs requests > 0 and windowMs > 0`, { vendor });
    }
    resolved[name as RateClass] = limit;
  }
  return resolved;
}

/** The budget each operation spends, for `ScanAdapter.rateLimits`. */
export function operationRateLimits<RateClass extends string>(
  operations: OperationRateClasses<RateClass>,
  budgets: Readonly<Record<RateClass, RateLimit>>,
): Readonly<Partial<Record<AdapterOperation, RateLimit>>> {
  const limits: Partial<Record<AdapterOperation, RateLimit>> = {};
  for (const [operation, rateClass] of Object.entries(operations) as Array<[AdapterOperation, RateClass]>) {
    limits[operation] = budgets[rateClass];
  }
  return limits;
}
