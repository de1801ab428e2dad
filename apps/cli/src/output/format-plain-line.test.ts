import { describe, expect, it } from "vitest";
import {
  failedProjectDiscoveryScan,
  failedWithReasonProjectDiscoveryScan,
  fixedNow,
  partialProjectDiscoveryScan,
  queuedHaloScan,
  runningSodaScan,
  verdictlessProjectDiscoveryScan,
  warnedSodaScan,
} from "../__fixtures__/scans.js";
import { formatPlainLine } from "./format-plain-line.js";

describe("formatPlainLine", () => {
  it("a running scan: state and vendor word", () => {
    expect(formatPlainLine({ ref: runningSodaScan.ref, scan: runningSodaScan }, fixedNow)).toBe(
      "soda:4651ba64-0000-4000-8000-000000000001 running (executing)",
    );
  });
  it("a queued scan with progress", () => {
    expect(formatPlainLine({ ref: queuedHaloScan.ref, scan: queuedHaloScan }, fixedNow)).toBe(
      "halo:812 queued (Queued) 25%",
    );
  });
  it("a finished data-quality scan: verdict, checks and duration", () => {
    expect(formatPlainLine({ ref: warnedSodaScan.ref, scan: warnedSodaScan }, fixedNow)).toBe(
      "soda:4651ba64-0000-4000-8000-000000000002 completed (completedWithWarnings) warn checks 10 passed, 2 warned in 3m05s",
    );
  });
  it("a finished security scan: findings by severity", () => {
    expect(formatPlainLine({ ref: failedProjectDiscoveryScan.ref, scan: failedProjectDiscoveryScan }, fixedNow)).toBe(
      "projectdiscovery:cq9f1 completed (finished) fail C1 H2 M1 L3 I0 in 2m00s",
    );
  });
  it("a verdict on partial evidence says so", () => {
    expect(formatPlainLine({ ref: partialProjectDiscoveryScan.ref, scan: partialProjectDiscoveryScan }, fixedNow)).toBe(
      "projectdiscovery:cq9f2 completed (finished) warn (partial evidence) C0 H0 M0 L1 I2 ?4 in 1m00s",
    );
  });
  it("a completed scan without a verdict says no verdict", () => {
    expect(
      formatPlainLine({ ref: verdictlessProjectDiscoveryScan.ref, scan: verdictlessProjectDiscoveryScan }, fixedNow),
    ).toBe("projectdiscovery:cq9f3 completed (uploaded) no verdict in 30s");
    const { result: _result, ...bare } = verdictlessProjectDiscoveryScan;
    expect(formatPlainLine({ ref: bare.ref, scan: bare }, fixedNow)).toBe(
      "projectdiscovery:cq9f3 completed (uploaded) no verdict in 30s",
    );
  });
  it("a failed scan ends with the vendor's reason, on one line", () => {
    expect(
      formatPlainLine(
        { ref: failedWithReasonProjectDiscoveryScan.ref, scan: failedWithReasonProjectDiscoveryScan },
        fixedNow,
      ),
    ).toBe("projectdiscovery:cq9f4 failed in 20s — Network timeout connecting to target hosts");
  });
  it("an unreadable scan", () => {
    expect(
      formatPlainLine({ ref: { vendor: "halo", id: "9" }, error: { code: "not_found", message: "x" } }, fixedNow),
    ).toBe("halo:9 error not_found");
  });
});
