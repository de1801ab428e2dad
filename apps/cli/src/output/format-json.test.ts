import { describe, expect, it } from "vitest";
import {
  partialProjectDiscoveryScan,
  passedTelmaiScan,
  verdictlessProjectDiscoveryScan,
} from "../__fixtures__/scans.js";
import { formatJsonReport } from "./format-json.js";

describe("formatJsonReport", () => {
  it("one element per ref in the order given: the scan, or { ref, error }", () => {
    const text = formatJsonReport([
      { ref: passedTelmaiScan.ref, scan: passedTelmaiScan },
      {
        ref: { vendor: "halo", id: "9" },
        error: { code: "not_found", message: "halo getScan: HTTP 404: scan not found" },
      },
      { ref: { vendor: "soda", id: "s" } },
    ]);
    expect(text).toBe(`[
  {
    "ref": {
      "vendor": "telmai",
      "id": "exec-1"
    },
    "state": "completed",
    "vendorState": "finished",
    "result": {
      "verdict": "pass",
      "evidence": {
        "sources": [
          "run-status"
        ],
        "complete": true
      },
      "checks": {
        "total": 3,
        "passed": 3,
        "warned": 0,
        "failed": 0,
        "errored": 0,
        "notEvaluated": 0
      }
    },
    "startedAt": "2026-01-01T00:00:00Z",
    "finishedAt": "2026-01-01T00:00:42Z",
    "raw": {}
  },
  {
    "ref": {
      "vendor": "halo",
      "id": "9"
    },
    "error": {
      "code": "not_found",
      "message": "halo getScan: HTTP 404: scan not found"
    }
  },
  {
    "ref": {
      "vendor": "soda",
      "id": "s"
    }
  }
]
`);
  });

  it("shows what each verdict rests on, and a result without a verdict as such", () => {
    const [partial, verdictless] = JSON.parse(
      formatJsonReport([
        { ref: partialProjectDiscoveryScan.ref, scan: partialProjectDiscoveryScan },
        { ref: verdictlessProjectDiscoveryScan.ref, scan: verdictlessProjectDiscoveryScan },
      ]),
    );
    expect(partial.result.verdict).toBe("warn");
    expect(partial.result.evidence).toEqual(partialProjectDiscoveryScan.result?.evidence);
    expect(verdictless.result).toEqual({
      evidence: { sources: [], complete: false, gaps: ["no readable severity count or total_result"] },
    });
  });

  it("a scan whose later look failed keeps the scan and adds the error", () => {
    const parsed = JSON.parse(
      formatJsonReport([{ ref: passedTelmaiScan.ref, scan: passedTelmaiScan, error: { code: "auth", message: "m" } }]),
    );
    expect(parsed[0].state).toBe("completed");
    expect(parsed[0].error).toEqual({ code: "auth", message: "m" });
  });
});
