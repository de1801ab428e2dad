import { describe, expect, it } from "vitest";
import {
  canceledHaloScan,
  failedProjectDiscoveryScan,
  fixedNow,
  passedTelmaiScan,
  runningSodaScan,
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
checks 3 passed</system-out>
    </testcase>
    <testcase name="soda:4651ba64-0000-4000-8000-000000000002 (customers_checks)" classname="soda" time="185.000">
      <system-out>state: completed (completedWithWarnings)
verdict: warn
checks 10 passed, 2 warned</system-out>
    </testcase>
    <testcase name="projectdiscovery:cq9f1 (shop &lt;exposure&gt; &amp; more)" classname="projectdiscovery" time="120.000">
      <failure message="verdict fail: C1 H2 M1 L3 I0" type="fail"/>
      <system-out>state: completed (finished)
verdict: fail
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

  it("shows characters XML cannot carry escaped, as a terminal would", () => {
    const xml = formatJunitReport([{ ref: { vendor: "soda", id: "a\u0001b" } }], { now: fixedNow });
    expect(xml).toContain('<testcase name="soda:a\\x01b"');
  });
});
