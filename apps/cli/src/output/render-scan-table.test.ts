import { describe, expect, it } from "vitest";
import {
  canceledHaloScan,
  failedProjectDiscoveryScan,
  failedWithReasonProjectDiscoveryScan,
  fixedNow,
  partialProjectDiscoveryScan,
  queuedHaloScan,
  runningSodaScan,
  verdictlessProjectDiscoveryScan,
  warnedSodaScan,
} from "../__fixtures__/scans.js";
import { createPainter, noColors } from "./colors.js";
import { renderScanTable } from "./render-scan-table.js";

describe("renderScanTable", () => {
  it("renders every column as text (fixed clock, no colour)", () => {
    const lines = renderScanTable(
      [
        { ref: runningSodaScan.ref, scan: runningSodaScan },
        { ref: warnedSodaScan.ref, scan: warnedSodaScan },
        { ref: failedProjectDiscoveryScan.ref, scan: failedProjectDiscoveryScan },
        { ref: queuedHaloScan.ref, scan: queuedHaloScan },
        { ref: canceledHaloScan.ref, scan: canceledHaloScan },
        { ref: { vendor: "telmai", id: "exec-9" }, error: { code: "auth", message: "telmai getScan: HTTP 401" } },
        { ref: { vendor: "telmai", id: "exec-10" } },
      ],
      { now: fixedNow, painter: noColors },
    );
    expect(lines).toEqual([
      "VENDOR            SCAN                                  STATE                              PROGRESS         ELAPSED  VERDICT  FINDINGS",
      "soda              4651ba64-0000-4000-8000-000000000001  running (executing)                                 9m00s",
      "soda              4651ba64-0000-4000-8000-000000000002  completed (completedWithWarnings)                   3m05s    warn     checks 10 passed, 2 warned",
      "projectdiscovery  cq9f1                                 completed (finished)               ██████████ 100%  2m00s    fail     C1 H2 M1 L3 I0",
      "halo              812                                   queued (Queued)                    ███░░░░░░░  25%  30s",
      "halo              813                                   canceled",
      "telmai            exec-9                                error                                                                 auth",
      "telmai            exec-10                               …",
    ]);
  });

  it("marks a verdict on partial evidence, and a completed scan without one", () => {
    const lines = renderScanTable(
      [
        { ref: partialProjectDiscoveryScan.ref, scan: partialProjectDiscoveryScan },
        { ref: verdictlessProjectDiscoveryScan.ref, scan: verdictlessProjectDiscoveryScan },
        { ref: failedWithReasonProjectDiscoveryScan.ref, scan: failedWithReasonProjectDiscoveryScan },
      ],
      { now: fixedNow, painter: noColors },
    );
    expect(lines).toEqual([
      "VENDOR            SCAN   STATE                 PROGRESS  ELAPSED  VERDICT         FINDINGS",
      "projectdiscovery  cq9f2  completed (finished)            1m00s    warn (partial)  C0 H0 M0 L1 I2 ?4",
      "projectdiscovery  cq9f3  completed (uploaded)            30s      no verdict",
      "projectdiscovery  cq9f4  failed                          20s                      Network timeout connecting to target hosts",
    ]);
  });

  it("colours states and verdicts when colour is on", () => {
    const [, row] = renderScanTable([{ ref: warnedSodaScan.ref, scan: warnedSodaScan }], {
      now: fixedNow,
      painter: createPainter(true),
    });
    expect(row).toContain("\u001b[33mwarn   \u001b[39m");
  });
});
