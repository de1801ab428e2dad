import { describe, expect, it } from "vitest";
import { scansFromTelmaiClassicWebhook } from "./telmai-classic-webhook.js";

// The job-status webhook's example payload, as docs.telm.ai gives it.
const documented = {
  tenant: "your-tenant-id",
  source: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
  jobId: "job-20260417-001",
  status: "FINISHED",
  details: "Job completed successfully",
};

describe("scansFromTelmaiClassicWebhook", () => {
  it("names the job under its source (the id a classic trigger prints) and the bare job id", () => {
    expect(scansFromTelmaiClassicWebhook(documented)).toEqual([
      { id: "a1b2c3d4-e5f6-7890-abcd-ef1234567890~job-20260417-001" },
      { id: "job-20260417-001" },
    ]);
  });

  it("a source that is not plain is encoded as a trigger's id encodes it", () => {
    expect(scansFromTelmaiClassicWebhook({ ...documented, source: "sales/eu" })[0]).toEqual({
      id: "_c2FsZXMvZXU~job-20260417-001",
    });
  });

  it("without a source: the bare job id only", () => {
    expect(scansFromTelmaiClassicWebhook({ jobId: " job-1 " })).toEqual([{ id: "job-1" }]);
  });

  it.each([[null], ["FINISHED"], [[documented]], [{ ...documented, jobId: 42 }], [{ ...documented, jobId: " " }]])(
    "%j names no scan",
    (payload) => {
      expect(scansFromTelmaiClassicWebhook(payload)).toEqual([]);
    },
  );
});
