import { describe, expect, it } from "vitest";
import {
  AuthError,
  ConfigError,
  InvalidRequestError,
  InvalidScanRefError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  TimeoutError,
  UnsupportedOperationError,
  VendorError,
  VendorResponseError,
} from "./errors.js";
import { ScanstatError, type ScanstatErrorCode } from "./scanstat-error.js";

type AnyErrorClass = { new (message: string): ScanstatError; isInstance(error: unknown): boolean; name: string };

const classes: Array<[AnyErrorClass, ScanstatErrorCode]> = [
  [AuthError, "auth"],
  [PermissionError, "permission"],
  [NotFoundError, "not_found"],
  [RateLimitedError, "rate_limited"],
  [VendorError, "vendor"],
  [InvalidRequestError, "invalid_request"],
  [TimeoutError, "timeout"],
  [VendorResponseError, "bad_response"],
  [UnsupportedOperationError, "unsupported"],
  [ConfigError, "config"],
  [InvalidScanRefError, "invalid_ref"],
];

/** What an error thrown by another installed copy of core looks like: same marker, another class. */
function fromAnotherCopy(code: string): unknown {
  class ForeignError extends Error {
    readonly code = code;
  }
  return Object.assign(new ForeignError("from another copy"), { [Symbol.for("scanstat.error")]: true });
}

describe("ScanstatError classes", () => {
  for (const [ErrorClass, code] of classes) {
    it(`${ErrorClass.name} has code ${code}, its name, and is recognised by its own isInstance only`, () => {
      const error = new ErrorClass("something failed");
      expect(error.code).toBe(code);
      expect(error.name).toBe(ErrorClass.name);
      expect(error).toBeInstanceOf(Error);
      expect(ScanstatError.isInstance(error)).toBe(true);
      expect(ErrorClass.isInstance(error)).toBe(true);
      for (const [OtherClass] of classes) {
        if (OtherClass !== ErrorClass) expect(OtherClass.isInstance(error)).toBe(false);
      }
    });

    it(`${ErrorClass.name}.isInstance recognises an error of code ${code} from another copy of core`, () => {
      const foreign = fromAnotherCopy(code);
      expect(foreign).not.toBeInstanceOf(ErrorClass);
      expect(ErrorClass.isInstance(foreign)).toBe(true);
      expect(ScanstatError.isInstance(foreign)).toBe(true);
    });
  }

  it("NetworkError has code network and keeps requestSent", () => {
    const error = new NetworkError("soda getScan: ECONNREFUSED", { requestSent: false });
    expect(error.code).toBe("network");
    expect(error.requestSent).toBe(false);
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(NetworkError.isInstance(fromAnotherCopy("network"))).toBe(true);
    expect(VendorError.isInstance(error)).toBe(false);
  });

  it("isInstance refuses look-alikes without the marker, and non-objects", () => {
    expect(AuthError.isInstance(Object.assign(new Error("x"), { code: "auth" }))).toBe(false);
    expect(ScanstatError.isInstance({ code: "auth" })).toBe(false);
    expect(AuthError.isInstance(fromAnotherCopy("permission"))).toBe(false);
    expect(ScanstatError.isInstance({ [Symbol.for("scanstat.error")]: "yes" })).toBe(false);
    for (const value of [null, undefined, "auth", 401, true]) expect(ScanstatError.isInstance(value)).toBe(false);
  });

  it("keeps messages on one line and appends the hint", () => {
    const error = new VendorError("soda triggerScan:\n  HTTP 502\tbad gateway  ", {
      hint: "check the vendor before triggering again",
    });
    expect(error.message).toBe("soda triggerScan: HTTP 502 bad gateway (check the vendor before triggering again)");
    expect(error.hint).toBe("check the vendor before triggering again");
  });

  it("carries the vendor, operation, status, request id, mayHaveActed and cause", () => {
    const cause = new Error("socket hang up");
    const error = new VendorError("soda getScan: HTTP 503", {
      vendor: "soda",
      operation: "getScan",
      status: 503,
      requestId: "req-1",
      mayHaveActed: true,
      cause,
    });
    expect(error).toMatchObject({
      vendor: "soda",
      operation: "getScan",
      status: 503,
      requestId: "req-1",
      mayHaveActed: true,
    });
    expect(error.cause).toBe(cause);
    const plain = new VendorError("x");
    expect(plain).toMatchObject({ vendor: undefined, operation: undefined, status: undefined, mayHaveActed: false });
    expect(plain.cause).toBeUndefined();
  });

  it("keeps each class's own details", () => {
    expect(new PermissionError("no", { permission: "scans:write" }).permission).toBe("scans:write");
    expect(new RateLimitedError("slow", { retryAfterMs: 2000 }).retryAfterMs).toBe(2000);
    expect(new VendorResponseError("bad", { field: "list.0.id" }).field).toBe("list.0.id");
    expect(new PermissionError("no").permission).toBeUndefined();
  });

  it("prints as name: message", () => {
    expect(String(new NotFoundError("soda getScan: HTTP 404"))).toBe("NotFoundError: soda getScan: HTTP 404");
  });
});

describe("hint codes", () => {
  it("carry the next step as a code and its subject, for front ends to word", () => {
    const error = new NotFoundError("halo startScan: may have started", {
      vendor: "halo",
      hintCode: "list-active-scans",
      hintSubject: "42",
    });
    expect(error.hintCode).toBe("list-active-scans");
    expect(error.hintSubject).toBe("42");
    expect(error.message).toBe("halo startScan: may have started");
  });
});

describe("transient: whether looking again later may succeed", () => {
  const byKind: Array<[string, ScanstatError, boolean]> = [
    ["AuthError (401)", new AuthError("x", { status: 401 }), false],
    ["PermissionError (403)", new PermissionError("x", { status: 403 }), false],
    ["NotFoundError (404)", new NotFoundError("x", { status: 404 }), false],
    ["InvalidRequestError (400)", new InvalidRequestError("x", { status: 400 }), false],
    ["InvalidRequestError (409)", new InvalidRequestError("x", { status: 409 }), false],
    ["RateLimitedError (429)", new RateLimitedError("x", { status: 429 }), true],
    ["RateLimitedError with Retry-After", new RateLimitedError("x", { retryAfterMs: 2000 }), true],
    ["VendorError 500", new VendorError("x", { status: 500 }), true],
    ["VendorError 503", new VendorError("x", { status: 503 }), true],
    ["VendorError without a status (a failure the vendor reported in words)", new VendorError("x"), true],
    ["VendorError 200 (an error in a 2xx envelope)", new VendorError("x", { status: 200 }), true],
    ["VendorError 405", new VendorError("x", { status: 405 }), false],
    ["VendorError 499", new VendorError("x", { status: 499 }), false],
    ["NetworkError, request sent", new NetworkError("x", { requestSent: true }), true],
    ["NetworkError, never sent", new NetworkError("x", { requestSent: false }), true],
    ["TimeoutError", new TimeoutError("x"), true],
    ["VendorResponseError (a body cut short, a field missing)", new VendorResponseError("x", { status: 200 }), true],
    ["UnsupportedOperationError", new UnsupportedOperationError("x"), false],
    ["ConfigError", new ConfigError("x"), false],
    ["InvalidScanRefError", new InvalidScanRefError("x"), false],
  ];
  it.each(byKind)("%s → %s", (_kind, error, transient) => {
    expect(error.transient).toBe(transient);
  });

  const givenByTheThrower: Array<[string, ScanstatError, boolean]> = [
    ["a proxy's HTML page (VendorResponseError)", new VendorResponseError("x", { transient: false }), false],
    ["a refused redirect (VendorError 302)", new VendorError("x", { status: 302, transient: false }), false],
    ["a 5xx VendorError said final", new VendorError("x", { status: 503, transient: false }), false],
    ["a 4xx VendorError said passing", new VendorError("x", { status: 499, transient: true }), true],
    ["a ConfigError said passing", new ConfigError("x", { transient: true }), true],
  ];
  it.each(givenByTheThrower)("%s: the thrower's word wins → %s", (_kind, error, transient) => {
    expect(error.transient).toBe(transient);
  });

  it("is an own, enumerable field, so logs and spreads show it", () => {
    const error = new VendorError("x", { status: 503 });
    expect(Object.keys(error)).toContain("transient");
    expect({ ...error }).toMatchObject({ transient: true });
  });
});
