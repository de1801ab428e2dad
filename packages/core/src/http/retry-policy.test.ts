import { describe, expect, it } from "vitest";
import {
  AuthError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
  VendorError,
  VendorResponseError,
} from "../errors/errors.js";
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
  mayHaveActed: true,
  trace: { status: 503 },
};
const tooMany: AttemptFailure = {
  error: new RateLimitedError("soda triggerScan: HTTP 429"),
  notActedOn: true,
  mayHaveActed: false,
  trace: { status: 429 },
};
const refused: AttemptFailure = {
  error: new NetworkError("soda triggerScan: connection refused", { requestSent: false }),
  notActedOn: true,
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
    const notFoundAs500 = new VendorError("x", { status: 500, transient: false });
    expect(retryDelay({ ...serverError, error: notFoundAs500 }, context())).toBeUndefined();
  });

  /** The error's own `transient` decides, as it does for the watcher: a table of what a read does. */
  const reads: Array<[string, AttemptFailure["error"], boolean]> = [
    ["a 503", new VendorError("x", { status: 503 }), true],
    ["a 4xx the client has no name for", new VendorError("x", { status: 405 }), false],
    ["a timeout", new TimeoutError("x"), true],
    ["a reset connection", new NetworkError("x", { requestSent: true }), true],
    ["a body cut short", new VendorResponseError("x"), true],
    ["a proxy's page", new VendorResponseError("x", { transient: false }), false],
    ["a refused credential", new AuthError("x", { status: 401 }), false],
    ["a scan the vendor does not know", new NotFoundError("x", { status: 404 }), false],
  ];
  it.each(reads)("a read after %s is repeated: %s", (_what, error, repeated) => {
    const failure: AttemptFailure = { error, notActedOn: false, mayHaveActed: true, trace: {} };
    expect(retryDelay(failure, context()) !== undefined).toBe(repeated);
    expect(retryDelay(failure, context({ idempotent: false }))).toBeUndefined();
  });
});
