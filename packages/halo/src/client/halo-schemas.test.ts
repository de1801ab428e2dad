import { validate } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { haloInProgressScanListSchema, haloScanDetailsResponseSchema } from "./halo-schemas.js";

describe("halo schemas", () => {
  it("accept ids as numbers or strings, and keep fields they do not name", () => {
    const body = {
      list: [
        { scan_id: "a", target_id: 2, status: 3, extra: { kept: true } },
        { scan_id: "b", target_id: "2", status: null },
      ],
      request: { sort: 0 },
    };
    expect(validate(haloInProgressScanListSchema, body)).toEqual({ ok: true, data: body });
  });

  it("name an id that is neither a number nor a string", () => {
    expect(validate(haloInProgressScanListSchema, { list: [{ scan_id: "a", target_id: { id: 2 } }] })).toEqual({
      ok: false,
      field: "list.0.target_id",
      problem: "expected number or string, got object",
    });
  });

  it("check every severity count is a number, whatever its key", () => {
    const scan = (counts: unknown) => ({ scan: { scan_id: "a", issue_severity_count: counts } });
    expect(validate(haloScanDetailsResponseSchema, scan({ "1": 2, "5": 0, "9": 1 })).ok).toBe(true);
    expect(validate(haloScanDetailsResponseSchema, scan({ "1": 2, "9": "1" }))).toEqual({
      ok: false,
      field: "scan.issue_severity_count.9",
      problem: "expected number, got string",
    });
    expect(validate(haloScanDetailsResponseSchema, scan([1, 2]))).toEqual({
      ok: false,
      field: "scan.issue_severity_count",
      problem: "expected object, got array",
    });
  });
});
