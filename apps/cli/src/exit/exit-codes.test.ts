import {
  AuthError,
  ConfigError,
  InvalidRequestError,
  InvalidScanRefError,
  NetworkError,
  type Scan,
  UnsupportedOperationError,
} from "@scanstat/core";
import { describe, expect, it } from "vitest";
import {
  ExitCode,
  exitCodeForOutcome,
  exitCodeForOutcomes,
  exitCodeForSignal,
  exitCodeSeverityOrder,
} from "./exit-codes.js";

const scan = (state: Scan["state"], verdict?: "pass" | "warn" | "fail" | "error"): Scan => ({
  ref: { vendor: "soda", id: "s1" },
  state,
  vendorState: state,
  ...(verdict ? { result: { verdict, evidence: { sources: ["checks"], complete: true } } } : {}),
  raw: {},
});

describe("exitCodeForOutcome: one row per case of DESIGN §4", () => {
  it("0: completed, verdict pass", () => expect(exitCodeForOutcome({ scan: scan("completed", "pass") })).toBe(0));
  it("1: completed, verdict warn", () => expect(exitCodeForOutcome({ scan: scan("completed", "warn") })).toBe(1));
  it("0: verdict warn with --ok-on-warn", () =>
    expect(exitCodeForOutcome({ scan: scan("completed", "warn") }, { okOnWarn: true })).toBe(0));
  it("2: completed, verdict fail", () => expect(exitCodeForOutcome({ scan: scan("completed", "fail") })).toBe(2));
  it("2: verdict fail stays 2 with --ok-on-warn", () =>
    expect(exitCodeForOutcome({ scan: scan("completed", "fail") }, { okOnWarn: true })).toBe(2));
  it("3: completed with verdict error", () => expect(exitCodeForOutcome({ scan: scan("completed", "error") })).toBe(3));
  it("3: completed with no result at all", () => expect(exitCodeForOutcome({ scan: scan("completed") })).toBe(3));
  it("3: completed with a result but no verdict (its evidence could not be read)", () =>
    expect(
      exitCodeForOutcome({
        scan: { ...scan("completed"), result: { evidence: { sources: [], complete: false, gaps: ["no counts"] } } },
      }),
    ).toBe(3));
  it("1: warn on partial evidence is a warn, even with --ok-on-warn (it may hide worse)", () => {
    const partial = {
      ...scan("completed"),
      result: { verdict: "warn" as const, evidence: { sources: ["severity-counts" as const], complete: false } },
    };
    expect(exitCodeForOutcome({ scan: partial })).toBe(1);
    expect(exitCodeForOutcome({ scan: partial }, { okOnWarn: true })).toBe(1);
  });
  it("3: failed", () => expect(exitCodeForOutcome({ scan: scan("failed") })).toBe(3));
  it("3: canceled", () => expect(exitCodeForOutcome({ scan: scan("canceled") })).toBe(3));
  it("3: timed_out", () => expect(exitCodeForOutcome({ scan: scan("timed_out") })).toBe(3));
  it("4: an error scanstat could not get past (auth)", () =>
    expect(exitCodeForOutcome({ error: new AuthError("soda getScan: HTTP 401") })).toBe(4));
  it("4: a network error", () =>
    expect(exitCodeForOutcome({ error: new NetworkError("reset", { requestSent: true }) })).toBe(4));
  it("4: an error that is not a ScanstatError", () =>
    expect(exitCodeForOutcome({ error: new TypeError("x") })).toBe(4));
  it("4: no scan and no error", () => expect(exitCodeForOutcome({})).toBe(4));
  it("5: queued", () => expect(exitCodeForOutcome({ scan: scan("queued") })).toBe(5));
  it("5: running", () => expect(exitCodeForOutcome({ scan: scan("running") })).toBe(5));
  it("5: canceling", () => expect(exitCodeForOutcome({ scan: scan("canceling") })).toBe(5));
  it("5: unknown vendor word", () => expect(exitCodeForOutcome({ scan: scan("unknown") })).toBe(5));
  it("64: ConfigError (missing credentials)", () =>
    expect(exitCodeForOutcome({ error: new ConfigError("soda: missing credentials") })).toBe(64));
  it("64: InvalidScanRefError", () =>
    expect(exitCodeForOutcome({ error: new InvalidScanRefError("bad ref") })).toBe(64));
  it("64: a trigger input refused before it was sent (InvalidRequestError without an HTTP status)", () =>
    expect(
      exitCodeForOutcome({
        error: new InvalidRequestError('soda triggerScan: a scan needs the trigger option "definition"', {
          vendor: "soda",
          operation: "triggerScan",
        }),
      }),
    ).toBe(64));
  it("4: a trigger the vendor refused (InvalidRequestError with its HTTP status)", () =>
    expect(
      exitCodeForOutcome({
        error: new InvalidRequestError("soda triggerScan: HTTP 400: bad", {
          vendor: "soda",
          operation: "triggerScan",
          status: 400,
        }),
      }),
    ).toBe(4));
  it("4: a cancel refused before it was sent (the scan is not running: not a usage error)", () =>
    expect(
      exitCodeForOutcome({
        error: new InvalidRequestError("pd scan x is not running", {
          vendor: "projectdiscovery",
          operation: "cancelScan",
        }),
      }),
    ).toBe(4));
  it("64: UnsupportedOperationError", () =>
    expect(exitCodeForOutcome({ error: new UnsupportedOperationError("soda cannot list scans") })).toBe(64));
});

describe("exitCodeForOutcomes: several refs, the worst wins", () => {
  const pass = { scan: scan("completed", "pass") };
  const warn = { scan: scan("completed", "warn") };
  const fail = { scan: scan("completed", "fail") };
  const noVerdict = { scan: scan("failed") };
  const unreadable = { error: new AuthError("401") };
  const running = { scan: scan("running") };

  it("the order is 64, 4, 3, 5, 2, 1, 0", () => expect(exitCodeSeverityOrder).toEqual([64, 4, 3, 5, 2, 1, 0]));
  it("no refs: 0", () => expect(exitCodeForOutcomes([])).toBe(0));
  it("pass + warn → 1", () => expect(exitCodeForOutcomes([pass, warn])).toBe(1));
  it("warn + fail → 2", () => expect(exitCodeForOutcomes([warn, fail])).toBe(2));
  it("fail + running → 5 (a running scan may still end worse)", () =>
    expect(exitCodeForOutcomes([fail, running])).toBe(5));
  it("running + failed → 3 (nothing can end worse than no verdict)", () =>
    expect(exitCodeForOutcomes([running, noVerdict])).toBe(3));
  it("failed + unreadable → 4", () => expect(exitCodeForOutcomes([noVerdict, unreadable])).toBe(4));
  it("unreadable + missing credentials → 64", () =>
    expect(exitCodeForOutcomes([unreadable, { error: new ConfigError("x") }])).toBe(64));
  it("--ok-on-warn: pass + warn → 0", () => expect(exitCodeForOutcomes([pass, warn], { okOnWarn: true })).toBe(0));
});

describe("exitCodeForSignal", () => {
  it("SIGINT → 130", () => expect(exitCodeForSignal("SIGINT")).toBe(ExitCode.interrupted));
  it("SIGTERM → 143", () => expect(exitCodeForSignal("SIGTERM")).toBe(143));
});
