import { describe, expect, it } from "vitest";
import {
  canceledHaloScan,
  failedProjectDiscoveryScan,
  failedWithReasonProjectDiscoveryScan,
  fixedNow,
  partialProjectDiscoveryScan,
  passedTelmaiScan,
  runningSodaScan,
  verdictlessProjectDiscoveryScan,
  warnedSodaScan,
} from "../__fixtures__/scans.js";
import { formatJunitReport } from "./format-junit.js";

describe("formatJunitReport", () => {
  it("one test case per scan: fail → failure, no verdict or unreadable → error, unfinished → skipped", () => {
    const xml = formatJunitReport(
      [
        { ref: passedTelmaiScan.ref, scan: passedTelmaiScan },
        { ref: warnedSodaScan.ref, scan: warnedSodaScan },
        { ref: failedProjectDiscoveryScan.ref, scan: failedProjectDiscoveryScan },
        { ref: canceledHaloScan.ref, scan: canceledHaloScan },
        { ref: runningSodaScan.ref, scan: runningSodaScan },
        {
          ref: { vendor: "halo", id: "9" },
          error: { code: "not_found", message: 'halo getScan: HTTP 404: "scan" <not> found' },
        },
      ],
      { now: fixedNow },
    );
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="scanstat" tests="6" failures="1" errors="2" skipped="1" time="887.000">
  <testsuite name="scanstat" tests="6" failures="1" errors="2" skipped="1" time="887.000">
    <testcase name="telmai:exec-1" classname="telmai" time="42.000">
      <system-out>state: completed (finished)
verdict: pass
evidence: run-status, complete
checks 3 passed</system-out>
    </testcase>
    <testcase name="soda:4651ba64-0000-4000-8000-000000000002 (customers_checks)" classname="soda" time="185.000">
      <system-out>state: completed (completedWithWarnings)
verdict: warn
evidence: checks, complete
checks 10 passed, 2 warned</system-out>
    </testcase>
    <testcase name="projectdiscovery:cq9f1 (shop &lt;exposure&gt; &amp; more)" classname="projectdiscovery" time="120.000">
      <failure message="verdict fail: C1 H2 M1 L3 I0" type="fail"/>
      <system-out>state: completed (finished)
verdict: fail
evidence: severity-counts, complete
C1 H2 M1 L3 I0</system-out>
    </testcase>
    <testcase name="halo:813" classname="halo" time="0.000">
      <error message="scan ended without a verdict: canceled" type="canceled"/>
      <system-out>state: canceled</system-out>
    </testcase>
    <testcase name="soda:4651ba64-0000-4000-8000-000000000001 (orders_checks)" classname="soda" time="540.000">
      <skipped message="not finished when scanstat stopped looking: running (executing)"/>
      <system-out>state: running (executing)</system-out>
    </testcase>
    <testcase name="halo:9" classname="halo" time="0.000">
      <error message="halo getScan: HTTP 404: &quot;scan&quot; &lt;not&gt; found" type="not_found"/>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it("says when a verdict rests on partial evidence, and why a scan has none", () => {
    const xml = formatJunitReport(
      [
        { ref: partialProjectDiscoveryScan.ref, scan: partialProjectDiscoveryScan },
        { ref: verdictlessProjectDiscoveryScan.ref, scan: verdictlessProjectDiscoveryScan },
        { ref: failedWithReasonProjectDiscoveryScan.ref, scan: failedWithReasonProjectDiscoveryScan },
      ],
      { now: fixedNow },
    );
    expect(xml).toContain(`<testsuite name="scanstat" tests="3" failures="0" errors="2" skipped="0"`);
    expect(xml).toContain(`<system-out>state: completed (finished)
verdict: warn (partial evidence)
evidence: severity-counts, partial: total_result 7 is above the severity counts&apos; sum 3: 4 of unknown severity
C0 H0 M0 L1 I2 ?4</system-out>`);
    expect(xml).toContain(
      `<error message="scan ended without a verdict: completed (uploaded): no readable severity count or total_result" type="no-verdict"/>`,
    );
    expect(xml).toContain(`verdict: no verdict
evidence: nothing readable, partial: no readable severity count or total_result`);
    expect(xml).toContain(
      `<error message="scan ended without a verdict: failed: Network timeout connecting to target hosts" type="failed"/>`,
    );
    expect(xml).toContain("message: Network timeout connecting to target hosts</system-out>");
  });

  it("shows characters XML cannot carry escaped, as a terminal would", () => {
    const xml = formatJunitReport([{ ref: { vendor: "soda", id: "a\u0001b" } }], { now: fixedNow });
    expect(xml).toContain('<testcase name="soda:a\\x01b"');
  });
});
