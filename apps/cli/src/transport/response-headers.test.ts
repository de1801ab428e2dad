import { describe, expect, it } from "vitest";
import { ResponseHeaders } from "./response-headers.js";

describe("ResponseHeaders", () => {
  const headers = new ResponseHeaders([
    "Retry-After",
    "30",
    "Set-Cookie",
    "a=1",
    "x-vendor",
    "one",
    "SET-COOKIE",
    "b=2",
    "X-Vendor",
    "two",
  ]);

  it("reads any case; repeated names joined with a comma as Headers joins them", () => {
    expect(headers.get("retry-after")).toBe("30");
    expect(headers.get("RETRY-AFTER")).toBe("30");
    expect(headers.get("x-vendor")).toBe("one, two");
    expect(headers.get("missing")).toBeNull();
    expect([headers.has("X-VENDOR"), headers.has("missing")]).toEqual([true, false]);
  });

  it("iterates sorted by lower-case name, each Set-Cookie on its own", () => {
    expect([...headers]).toEqual([
      ["retry-after", "30"],
      ["set-cookie", "a=1"],
      ["set-cookie", "b=2"],
      ["x-vendor", "one, two"],
    ]);
    expect([...headers.keys()]).toEqual(["retry-after", "set-cookie", "set-cookie", "x-vendor"]);
    expect(headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });
});
