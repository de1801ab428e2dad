import { describe, expect, it } from "vitest";
import {
  basicAuthSecrets,
  redactHeaders,
  redactSecrets,
  redactUrlUserinfo,
  secretForms,
  urlUserinfoSecrets,
} from "./redact.js";

describe("redactSecrets", () => {
  it("replaces every occurrence of every secret", () => {
    expect(redactSecrets("key=abcd1234&again=abcd1234 token xyz-987", ["abcd1234", "xyz-987"])).toBe(
      "key=***&again=*** token ***",
    );
  });
  it("ignores values shorter than 4 characters", () => {
    expect(redactSecrets("a b abc", ["a", "abc", ""])).toBe("a b abc");
  });
  it("finds a value given with surrounding whitespace in the trimmed form that was sent", () => {
    expect(redactSecrets("x-apikey: halo-key-123 refused", ["  halo-key-123\n"])).toBe("x-apikey: *** refused");
  });
  it("finds a token given with a Bearer prefix in its bare form", () => {
    expect(redactSecrets("token tok-abcdef expired", ["Bearer tok-abcdef"])).toBe("token *** expired");
    expect(redactSecrets("Authorization: Bearer tok-abcdef", ["Bearer tok-abcdef"])).toBe("Authorization: ***");
  });
  it("finds the percent-encoded form (a value in a URL or a form body)", () => {
    expect(redactSecrets("GET /x?key=a%2Fb%20c%3Dd", ["a/b c=d"])).toBe("GET /x?key=***");
    expect(redactSecrets("GET /x?key=a%2Fb+c%3Dd", ["a/b c=d"])).toBe("GET /x?key=***");
  });
  it("removes the userinfo of any URL, known secret or not", () => {
    expect(redactSecrets("GET https://me:hunter22@api.example.com/v1 → 200", [])).toBe(
      "GET https://***@api.example.com/v1 → 200",
    );
  });
  it("replaces a secret that holds another whole", () => {
    expect(redactSecrets("abcd-efgh", ["abcd", "abcd-efgh"])).toBe("***");
  });
});

describe("secretForms", () => {
  it("lists the given, trimmed, bare and encoded forms, longest first, none shorter than 4", () => {
    const forms = secretForms(" Bearer a b1\n");
    expect(forms).toEqual(expect.arrayContaining([" Bearer a b1\n", "Bearer a b1", "a b1", "a%20b1", "a+b1"]));
    expect(forms.map((form) => form.length)).toEqual(forms.map((form) => form.length).sort((a, b) => b - a));
    expect(secretForms("ab")).toEqual([]);
  });
});

describe("redactUrlUserinfo", () => {
  it("keeps URLs without userinfo and an @ outside the authority", () => {
    expect(redactUrlUserinfo("https://host/path?mail=a@b.c")).toBe("https://host/path?mail=a@b.c");
    expect(redactUrlUserinfo("see http://u@h and https://u:p%40x@h2/")).toBe("see http://***@h and https://***@h2/");
  });
});

describe("urlUserinfoSecrets", () => {
  it("lists the password (as written and decoded) and the user", () => {
    expect(urlUserinfoSecrets("https://admin:p%40ss@proxy.example/soda")).toEqual(["p%40ss", "p@ss", "admin"]);
    expect(urlUserinfoSecrets("https://proxy.example")).toEqual([]);
    expect(urlUserinfoSecrets("not a url")).toEqual([]);
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
  it("adds the header value as sent when the given values had whitespace around them", () => {
    expect(basicAuthSecrets(" key-id ", "key-secret\n")).toEqual([
      "key-secret\n",
      btoa(" key-id :key-secret\n"),
      btoa("key-id:key-secret"),
      btoa("key-id:key-secret\n"),
    ]);
  });
});
