import { describe, expect, it } from "vitest";
import { payloadValues } from "./webhook-ids.js";

describe("payloadValues", () => {
  it("finds ids wherever the vendor put them: strings and numbers, nested, in lists", () => {
    const values = payloadValues({
      tenant: "acme",
      jobId: "job-20260417-001",
      details: { scans: [{ id: 812 }, { scan_id: " 5ca1ab1e " }] },
    });
    expect(values).toEqual(new Set(["acme", "job-20260417-001", "812", "5ca1ab1e"]));
  });

  it("matches whole values only, so a numeric id does not match inside a longer value", () => {
    const values = payloadValues({ message: "scan 812 finished", total: 8120 });
    expect(values.has("812")).toBe(false);
  });

  it("stops at a depth no vendor payload reaches", () => {
    let deep: unknown = "needle";
    for (let level = 0; level < 40; level++) deep = { next: deep };
    expect(payloadValues(deep).has("needle")).toBe(false);
    expect(payloadValues(null).size).toBe(0);
  });
});
