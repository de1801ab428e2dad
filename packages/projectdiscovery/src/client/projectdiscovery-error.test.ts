import { describe, expect, it } from "vitest";
import { parseProjectDiscoveryErrorBody } from "./projectdiscovery-error.js";

describe("parseProjectDiscoveryErrorBody", () => {
  it("reads message, code and error_id (the request id support asks for)", () => {
    expect(parseProjectDiscoveryErrorBody({ message: "scan not found", code: "not_found", error_id: "e123" })).toEqual({
      message: "scan not found",
      code: "not_found",
      requestId: "e123",
    });
  });

  it("uses kind when there is no code, and adds error and param to the message", () => {
    expect(
      parseProjectDiscoveryErrorBody({
        message: "invalid request",
        kind: "bad_request",
        error: "limit too big",
        param: "limit",
      }),
    ).toEqual({ message: "invalid request (limit too big) [param limit]", code: "bad_request", requestId: undefined });
  });

  it("falls back to error when message is empty", () => {
    expect(parseProjectDiscoveryErrorBody({ message: "", error: "upstream timeout" })).toEqual({
      message: "upstream timeout",
      code: undefined,
      requestId: undefined,
    });
  });

  it("ignores bodies that are not the vendor's shape", () => {
    expect(parseProjectDiscoveryErrorBody("oops")).toBeUndefined();
    expect(parseProjectDiscoveryErrorBody(null)).toBeUndefined();
    expect(parseProjectDiscoveryErrorBody({ detail: "x" })).toEqual({
      message: undefined,
      code: undefined,
      requestId: undefined,
    });
  });
});
