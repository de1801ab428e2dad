import { InvalidScanRefError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { formatTelmaiClassicScanId, parseTelmaiClassicScanId } from "./telmai-classic-scan-id.js";

describe("classic scan ids", () => {
  it.each([
    [{ assetId: "orders", jobId: "a08aa2a2592a541e194db9d01e9d0e457" }, "orders~a08aa2a2592a541e194db9d01e9d0e457"],
    [{ assetId: "db.schema.table", jobId: "job-20260417-001" }, "db.schema.table~job-20260417-001"],
    [{ assetId: "sales/eu", jobId: "j1" }, "_c2FsZXMvZXU~j1"],
    [{ assetId: "_private", jobId: "j1" }, "_X3ByaXZhdGU~j1"],
    [{ assetId: "a~b", jobId: "x y" }, "_YX5i~_eCB5"],
    [{ assetId: "..", jobId: "." }, "..~."],
  ])("%j ⇄ %s", (id, text) => {
    expect(formatTelmaiClassicScanId(id)).toBe(text);
    expect(parseTelmaiClassicScanId(text)).toEqual(id);
    // One path-safe token: URL-unreserved characters only.
    expect(text).toMatch(/^[A-Za-z0-9._~-]+$/);
  });

  it("round-trips any asset and job text", () => {
    for (const assetId of ["ünïcode", "with space", "per%cent", "q?x#y", "\u0001ctl", "emoji 🙂"]) {
      const text = formatTelmaiClassicScanId({ assetId, jobId: "j" });
      expect(text).toMatch(/^[A-Za-z0-9._~-]+$/);
      expect(parseTelmaiClassicScanId(text)).toEqual({ assetId, jobId: "j" });
    }
  });

  it("reads a bare job id (no ~) verbatim: the webhook's jobId", () => {
    expect(parseTelmaiClassicScanId("job-20260417-001")).toEqual({ jobId: "job-20260417-001" });
  });

  it.each(["orders~", "~j1", "orders~j1~x", "or ders~j1", "_!!~j1", "_~j1"])("refuses %j as a malformed id", (text) => {
    expect(() => parseTelmaiClassicScanId(text)).toThrow(InvalidScanRefError);
  });
});
