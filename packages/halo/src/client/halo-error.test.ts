import { describe, expect, it } from "vitest";
import { classifyHaloError, parseHaloErrorBody } from "./halo-error.js";

describe("parseHaloErrorBody", () => {
  it("drops code 0: the HTTP status is what counts", () => {
    expect(parseHaloErrorBody({ code: 0, message: "scan_id required" })).toEqual({ message: "scan_id required" });
  });

  it("keeps a non-zero code", () => {
    expect(parseHaloErrorBody({ code: 404, message: "scan not found" })).toEqual({
      code: "404",
      message: "scan not found",
    });
  });

  it("reads nothing from a body that is not an object", () => {
    expect(parseHaloErrorBody("Bad Gateway")).toBeUndefined();
    expect(parseHaloErrorBody(null)).toBeUndefined();
  });
});

describe("classifyHaloError", () => {
  const info = (operation: string, status: number) => ({
    vendor: "halo" as const,
    operation,
    status,
    headers: new Headers(),
    body: { code: 0, message: "permission denied" },
    text: "",
    details: { message: "permission denied" },
  });

  it("names security_scan_start on a 403 from start", () => {
    const error = classifyHaloError(info("startScan", 403));
    expect(error?.code).toBe("permission");
    expect(error?.message).toBe(
      "halo startScan: HTTP 403: permission denied — the API key lacks the security_scan_start permission",
    );
    expect(error).toHaveProperty("permission", "security_scan_start");
  });

  it("names security_scan_cancel on a 403 from cancel", () => {
    expect(classifyHaloError(info("cancelScan", 403))).toHaveProperty("permission", "security_scan_cancel");
  });

  it("leaves every other case to the core", () => {
    expect(classifyHaloError(info("getScan", 403))).toBeUndefined();
    expect(classifyHaloError(info("startScan", 404))).toBeUndefined();
  });
});
