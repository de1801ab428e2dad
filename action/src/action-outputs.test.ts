import { describe, expect, it } from "vitest";
import { failedProjectDiscoveryScan, passedTelmaiScan, warnedSodaScan } from "../../apps/cli/src/__fixtures__/scans.js";
import { actionOutputs, formatOutputFile } from "./action-outputs.js";

describe("actionOutputs", () => {
  it("worst verdict, exit code, refs in text form, the report without raw payloads", () => {
    const outputs = actionOutputs(
      {
        entries: [
          { ref: passedTelmaiScan.ref, scan: passedTelmaiScan },
          { ref: failedProjectDiscoveryScan.ref, scan: failedProjectDiscoveryScan },
          { ref: warnedSodaScan.ref, scan: warnedSodaScan },
          { ref: { vendor: "halo", id: "9" }, error: { code: "auth", message: "invalid api key" } },
        ],
        reason: "terminal",
        exitCode: 4,
      },
      4,
    );
    expect(outputs.verdict).toBe("fail");
    expect(outputs["exit-code"]).toBe("4");
    expect(outputs.refs).toBe(`telmai:exec-1 projectdiscovery:cq9f1 soda:${warnedSodaScan.ref.id} halo:9`);
    const report = JSON.parse(outputs.report);
    expect(report).toHaveLength(4);
    expect(report[0]).not.toHaveProperty("raw");
    expect(report[3]).toEqual({
      ref: { vendor: "halo", id: "9" },
      error: { code: "auth", message: "invalid api key" },
    });
  });

  it("no report (bad inputs): verdict none, no refs", () => {
    expect(actionOutputs(undefined, 64)).toEqual({ verdict: "none", "exit-code": "64", refs: "", report: "[]" });
  });
});

describe("formatOutputFile", () => {
  it("heredoc blocks whose delimiter never occurs in the value", () => {
    const tokens = ["aaaa", "bbbb", "cccc"];
    const text = formatOutputFile({ refs: "soda:a", report: "x\nscanstat_bbbb\ny" }, () => tokens.shift()!);
    expect(text).toBe(
      "refs<<scanstat_aaaa\nsoda:a\nscanstat_aaaa\nreport<<scanstat_cccc\nx\nscanstat_bbbb\ny\nscanstat_cccc\n",
    );
  });
});
