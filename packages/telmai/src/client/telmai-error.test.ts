import { AuthError, NotFoundError, PermissionError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { loadFixture } from "../__fixtures__/load-fixture.js";
import { parseTelmaiErrorBody, telmaiError } from "./telmai-error.js";

const details = (name: string) => parseTelmaiErrorBody(loadFixture(name)) ?? {};

describe("parseTelmaiErrorBody", () => {
  it("reads code, message and meta.requestId from the envelope", () => {
    expect(details("forbidden-403.json")).toEqual({
      code: "FORBIDDEN",
      message: "You do not have permission to perform this action",
      requestId: "req-forbidden-1",
    });
  });

  it("reads a proxy's bare {message}", () => {
    expect(parseTelmaiErrorBody({ message: "upstream unavailable" })).toEqual({ message: "upstream unavailable" });
  });

  it("gives nothing for bodies it does not know", () => {
    expect(parseTelmaiErrorBody("text")).toBeUndefined();
    expect(parseTelmaiErrorBody({ error: "flat", meta: null })).toEqual({});
  });
});

describe("telmaiError", () => {
  it("UNAUTHORIZED → AuthError, with the request id on it", () => {
    const error = telmaiError("getScanStatus", 401, details("unauthorized-401.json"));
    expect(error).toBeInstanceOf(AuthError);
    expect(error?.message).toBe(
      "telmai getScanStatus: HTTP 401 UNAUTHORIZED: Token expired — the token was refused (Entra ID tokens expire after about an hour)",
    );
    expect(error?.requestId).toBe("req-unauthorized-1");
  });

  it.each([
    ["runScan", "scan:trigger"],
    ["getScanStatus", "scan:trigger"],
    ["getAssetsScanStatus", "assets:read"],
  ])("FORBIDDEN on %s → PermissionError naming %s", (operation, permission) => {
    const error = telmaiError(operation, 403, details("forbidden-403.json"));
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).permission).toBe(permission);
    expect(error?.message).toContain(`— the token lacks the permission ${permission}`);
    expect(error?.requestId).toBe("req-forbidden-1");
  });

  it("says which roles may trigger", () => {
    expect(telmaiError("runScan", 403, { code: "FORBIDDEN", message: "Forbidden" })?.message).toBe(
      "telmai runScan: HTTP 403 FORBIDDEN: Forbidden — the token lacks the permission scan:trigger (Admin and Member roles have it, Viewer does not)",
    );
  });

  it("NOT_FOUND → NotFoundError", () => {
    const error = telmaiError("getScanStatus", 404, details("not-found-404.json"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe("telmai getScanStatus: HTTP 404 NOT_FOUND: Scan execution not found");
  });

  it("a 404 that is not Telmai's envelope hints at the base URL", () => {
    const error = telmaiError("getScanStatus", 404, {});
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe("telmai getScanStatus: HTTP 404 (not Telmai's answer: check TELMAI_BASE_URL)");
  });

  it("the code wins over the status", () => {
    expect(telmaiError("getScanStatus", 400, { code: "UNAUTHORIZED" })).toBeInstanceOf(AuthError);
    expect(telmaiError("getScanStatus", 403, { code: "RATE_LIMITED" })).toBeUndefined();
  });

  it.each([429, 400, 409, 500, 503])("leaves %i without those codes to the core's mapping by status", (status) => {
    expect(telmaiError("getAssetsScanStatus", status, { code: "SOMETHING", requestId: "req-9" })).toBeUndefined();
    expect(telmaiError("getAssetsScanStatus", status, {})).toBeUndefined();
  });
});
