import { describe, expect, it } from "vitest";
import {
  failedProjectDiscoveryScan,
  fixedNow,
  queuedHaloScan,
  runningSodaScan,
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
  it("an unreadable scan", () => {
    expect(
      formatPlainLine({ ref: { vendor: "halo", id: "9" }, error: { code: "not_found", message: "x" } }, fixedNow),
    ).toBe("halo:9 error not_found");
  });
});
