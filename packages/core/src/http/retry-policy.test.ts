import { describe, expect, it } from "vitest";
import { NetworkError, RateLimitedError, VendorError } from "../errors/errors.js";
import { type AttemptFailure, defaultRetry, type RetryContext, retryDelay } from "./retry-policy.js";

const context = (overrides: Partial<RetryContext> = {}): RetryContext => ({
  idempotent: true,
  attempt: 1,
  retry: defaultRetry,
  random: () => 0.5,
  ...overrides,
});

const serverError: AttemptFailure = {
  error: new VendorError("soda getScan: HTTP 503"),
  notActedOn: false,
  transient: true,
  mayHaveActed: true,
  trace: { status: 503 },
};
const tooMany: AttemptFailure = {
  error: new RateLimitedError("soda triggerScan: HTTP 429"),
  notActedOn: true,
  transient: true,
  mayHaveActed: false,
  trace: { status: 429 },
};
const refused: AttemptFailure = {
  error: new NetworkError("soda triggerScan: connection refused", { requestSent: false }),
  notActedOn: true,
  transient: true,
  mayHaveActed: false,
  trace: { error: "refused" },
};

describe("retryDelay", () => {
  it("repeats a read after a transient failure, with full-jitter backoff", () => {
    expect(retryDelay(serverError, context())).toBe(500);
    expect(retryDelay(serverError, context({ attempt: 3 }))).toBe(2000);
  });

  it("never repeats a trigger the vendor may have acted on", () => {
    expect(retryDelay(serverError, context({ idempotent: false }))).toBeUndefined();
  });

  it("repeats even a trigger when the vendor provably did not act: a 429, a refused connection", () => {
    expect(retryDelay(tooMany, context({ idempotent: false }))).toBe(500);
    expect(retryDelay(refused, context({ idempotent: false }))).toBe(500);
  });

  it("waits the vendor's Retry-After, and not at all when it is beyond the cap", () => {
    expect(retryDelay({ ...tooMany, retryAfterMs: 7000 }, context())).toBe(7000);
    expect(retryDelay({ ...tooMany, retryAfterMs: 11 * 24 * 3_600_000 }, context())).toBeUndefined();
  });

  it("stops after the last attempt", () => {
    expect(retryDelay(serverError, context({ attempt: 4 }))).toBeUndefined();
  });

  it("never repeats an answer that will not change", () => {
    expect(retryDelay({ ...serverError, transient: false }, context())).toBeUndefined();
  });
});
