import { describe, expect, it } from "vitest";
import { basicAuthSecrets, redactHeaders, redactSecrets } from "./redact.js";

describe("redactSecrets", () => {
  it("replaces every occurrence of every secret", () => {
    expect(redactSecrets("key=abcd1234&again=abcd1234 token xyz-987", ["abcd1234", "xyz-987"])).toBe(
      "key=***&again=*** token ***",
    );
  });
  it("ignores values shorter than 4 characters", () => {
    expect(redactSecrets("a b abc", ["a", "abc", ""])).toBe("a b abc");
  });
});

describe("redactHeaders", () => {
  it("hides secret headers whatever their value, and secrets in any other header", () => {
    const headers = new Headers({
      Authorization: "Bearer zzz",
      "X-Api-Key": "k",
      Cookie: "s=1",
      "X-Trace": "id-secret-1",
      Accept: "application/json",
    });
    expect(redactHeaders(headers, ["secret-1"])).toEqual({
      accept: "application/json",
      authorization: "***",
      cookie: "***",
      "x-api-key": "***",
      "x-trace": "id-***",
    });
    expect(redactHeaders({ "Proxy-Authorization": "Basic x" }, [])).toEqual({ "Proxy-Authorization": "***" });
  });
});

describe("basicAuthSecrets", () => {
  it("lists the password and the encoded header value", () => {
    expect(basicAuthSecrets("key-id", "key-secret")).toEqual(["key-secret", btoa("key-id:key-secret")]);
  });
});
