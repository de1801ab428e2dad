import { describe, expect, it } from "vitest";
import { InvalidScanRefError } from "../errors/errors.js";
import { requireScanId } from "./scan-id.js";

describe("requireScanId", () => {
  it.each([
    ["abc", "abc"],
    ["  abc \n", "abc"],
    ["a b", "a b"],
  ])("%j → %j", (id, expected) => {
    expect(requireScanId(id, { vendor: "soda", operation: "getScan" })).toBe(expected);
  });

  it.each([[""], ["   "], ["\t\n"], [undefined], [42]])(
    "%j → InvalidScanRefError naming vendor and operation",
    (id) => {
      let caught: unknown;
      try {
        requireScanId(id, { vendor: "soda", operation: "cancelScan" });
      } catch (error) {
        caught = error;
      }
      expect(InvalidScanRefError.isInstance(caught)).toBe(true);
      expect((caught as InvalidScanRefError).message).toBe("soda cancelScan: the scan id is empty");
      expect((caught as InvalidScanRefError).vendor).toBe("soda");
      expect((caught as InvalidScanRefError).operation).toBe("cancelScan");
    },
  );
});
