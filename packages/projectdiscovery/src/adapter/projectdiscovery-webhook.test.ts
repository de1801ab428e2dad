import type { Scan } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { scanFromProjectDiscoveryWebhook } from "./projectdiscovery-webhook.js";

// The payloads as ProjectDiscovery documents them (cloud/integrations.mdx), lists dropped.
const running = {
  type: "running",
  message: "Scan started successfully",
  scan_name: "Production API Security Scan",
  scan_id: "scan-abc123",
  running: { started_at: "2025-11-20T14:30:00Z", total_targets: 150, total_templates: 85, total_requests: 12750 },
  finished: null,
  failed_stopped: null,
};
const finished = {
  type: "finished",
  message: "Scan completed successfully",
  scan_name: "Production API Security Scan",
  scan_id: "scan-abc123",
  running: null,
  finished: {
    finished_at: "2025-11-20T15:45:00Z",
    scan_time: "4500s",
    total_matches: 23,
    severity_breakdown: { critical: 5, high: 8, medium: 6, low: 3, info: 1 },
    rescan_new_vulnerabilities: 3,
    rescan_vulns_list: [{ Name: "Apache HTTP Server 2.4.49 - Path Traversal", Severity: "critical", Count: 2 }],
  },
  failed_stopped: null,
};
const failedStopped = {
  type: "failed_stopped",
  message: "Scan failed due to error",
  scan_name: "Production API Security Scan",
  scan_id: "scan-abc123",
  running: null,
  finished: null,
  failed_stopped: {
    timestamp: "2025-11-20T15:20:00Z",
    progress: 67,
    failure_reason: "Network timeout connecting to target hosts",
  },
};

const watched: Scan = {
  ref: { vendor: "projectdiscovery", id: "scan-abc123" },
  name: "nightly",
  state: "running",
  vendorState: "running",
  progress: { ratio: 0.4 },
  createdAt: "2025-11-20T14:29:00Z",
  raw: {},
};

describe("scanFromProjectDiscoveryWebhook: one row per documented type", () => {
  it("running → running, with its start time; the name already known is kept", () => {
    expect(scanFromProjectDiscoveryWebhook(running, watched, undefined)).toEqual({
      scan: {
        ...watched,
        state: "running",
        vendorState: "running",
        startedAt: "2025-11-20T14:30:00.000Z",
        raw: running,
      },
    });
  });

  it("finished → completed, verdict by the severity policy on severity_breakdown", () => {
    const update = scanFromProjectDiscoveryWebhook(finished, watched, undefined);
    expect(update?.scan).toMatchObject({
      state: "completed",
      vendorState: "finished",
      finishedAt: "2025-11-20T15:45:00.000Z",
      progress: { ratio: 1 },
      result: {
        verdict: "fail",
        findings: { total: 23, bySeverity: { critical: 5, high: 8, medium: 6, low: 3, info: 1, unknown: 0 } },
      },
    });
    const lenient = scanFromProjectDiscoveryWebhook(finished, watched, { failOn: "none", warnOn: "critical" });
    expect(lenient?.scan.result?.verdict).toBe("warn");
    // total_matches above the breakdown's sum: the rest are of unknown severity, never a pass.
    const short = { ...finished, finished: { ...finished.finished, severity_breakdown: { info: 2 } } };
    expect(scanFromProjectDiscoveryWebhook(short, watched, undefined)?.scan.result).toMatchObject({
      verdict: "warn",
      evidence: { complete: false },
    });
    const clean = {
      ...finished,
      finished: { ...finished.finished, severity_breakdown: { info: 2 }, total_matches: 2 },
    };
    expect(scanFromProjectDiscoveryWebhook(clean, watched, undefined)?.scan.result?.verdict).toBe("pass");
  });

  it("finished with counts as numeric strings is read like the API's severity object", () => {
    const strings = { ...finished, finished: { severity_breakdown: { high: "2", low: 1 } } };
    expect(
      scanFromProjectDiscoveryWebhook(strings, watched, undefined)?.scan.result?.findings?.bySeverity,
    ).toMatchObject({ high: 2, low: 1 });
  });

  it("failed_stopped → failed with no verdict, the progress reached and the failure reason as a message", () => {
    const ended = {
      ...watched,
      result: { verdict: "pass" as const, evidence: { sources: ["severity-counts" as const], complete: true } },
    };
    expect(scanFromProjectDiscoveryWebhook(failedStopped, ended, undefined)).toEqual({
      scan: {
        ...watched,
        state: "failed",
        vendorState: "failed_stopped",
        message: "Network timeout connecting to target hosts",
        progress: { ratio: 0.67 },
        finishedAt: "2025-11-20T15:20:00.000Z",
        raw: failedStopped,
      },
      message: "Network timeout connecting to target hosts",
    });
  });

  it("a scan not read yet is built from the payload alone", () => {
    expect(scanFromProjectDiscoveryWebhook(running, undefined, undefined)?.scan).toMatchObject({
      ref: { vendor: "projectdiscovery", id: "scan-abc123" },
      name: "Production API Security Scan",
      state: "running",
    });
  });

  it("undefined (read again only) for alerts, a late running after the end, and shapes that do not fit", () => {
    expect(scanFromProjectDiscoveryWebhook({ ...finished, type: "new_vuln" }, watched, undefined)).toBeUndefined();
    expect(
      scanFromProjectDiscoveryWebhook(running, { ...watched, state: "completed", vendorState: "finished" }, undefined),
    ).toBeUndefined();
    expect(scanFromProjectDiscoveryWebhook({ ...finished, scan_id: 42 }, watched, undefined)).toBeUndefined();
    expect(scanFromProjectDiscoveryWebhook({ ...finished, finished: null }, watched, undefined)).toBeUndefined();
    expect(scanFromProjectDiscoveryWebhook("finished", watched, undefined)).toBeUndefined();
  });
});

describe("the plugin's readWebhook: the scan the payload names, as the payload says it stands", () => {
  it("a finished payload: its scan_id, completed with the findings' verdict under the host's policy", async () => {
    const { plugin } = await import("../plugin.js");
    const updates = plugin.readWebhook!(finished, {
      previous: (id) => (id === "scan-abc123" ? watched : undefined),
      severityPolicy: { failOn: "none", warnOn: "none" },
    });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ id: "scan-abc123", scan: { state: "completed", result: { verdict: "pass" } } });
  });

  it("a payload it cannot read still names its scan (to be read again); one without a scan_id names none", async () => {
    const { plugin } = await import("../plugin.js");
    expect(plugin.readWebhook!({ ...finished, type: "new_vuln" }, { previous: () => watched })).toEqual([
      { id: "scan-abc123" },
    ]);
    expect(plugin.readWebhook!({ ...finished, scan_id: 42 }, { previous: () => watched })).toEqual([]);
    expect(plugin.readWebhook!(null, { previous: () => watched })).toEqual([]);
  });
});
