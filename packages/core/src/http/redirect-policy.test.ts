import { describe, expect, it } from "vitest";
import { decideRedirect } from "./redirect-policy.js";

const from = new URL("https://api.halosecurity.com/api/v1/scan/get.json?id=1");

describe("decideRedirect", () => {
  it("is no redirect without a redirect status or a Location", () => {
    expect(decideRedirect(from, 200, "/x", "GET")).toEqual({ follow: false });
    expect(decideRedirect(from, 302, null, "GET")).toEqual({ follow: false });
    expect(decideRedirect(from, 304, "/x", "GET")).toEqual({ follow: false });
  });

  it("follows within the origin, keeping the method as the Fetch standard says", () => {
    const to = new URL("https://api.halosecurity.com/api/v2/scan/get.json");
    expect(decideRedirect(from, 307, "/api/v2/scan/get.json", "POST")).toEqual({
      follow: true,
      url: to,
      method: "POST",
      keepBody: true,
    });
    expect(decideRedirect(from, 308, to.href, "GET")).toEqual({ follow: true, url: to, method: "GET", keepBody: true });
    expect(decideRedirect(from, 302, "/api/v2/scan/get.json", "POST")).toEqual({
      follow: true,
      url: to,
      method: "GET",
      keepBody: false,
    });
    expect(decideRedirect(from, 303, "/api/v2/scan/get.json", "PUT")).toEqual({
      follow: true,
      url: to,
      method: "GET",
      keepBody: false,
    });
  });

  it("refuses another host, naming both", () => {
    expect(decideRedirect(from, 301, "https://collector.example/steal", "GET")).toEqual({
      refuse:
        "the answer redirects from api.halosecurity.com to collector.example; scanstat sends credentials only to api.halosecurity.com and did not follow",
    });
  });

  it("never follows https to http, even to the same host; another port is another origin", () => {
    expect(decideRedirect(from, 301, "http://api.halosecurity.com/x", "GET")).toEqual({
      refuse:
        "the answer redirects from https://api.halosecurity.com to http://api.halosecurity.com (from https to http); scanstat sends credentials only to https://api.halosecurity.com and did not follow",
    });
    expect(decideRedirect(from, 302, "https://api.halosecurity.com:8443/x", "GET")).toMatchObject({
      refuse: expect.stringContaining("from api.halosecurity.com to api.halosecurity.com:8443"),
    });
  });

  it("refuses a Location that is not a URL", () => {
    expect(decideRedirect(from, 302, "http://[broken", "GET")).toEqual({
      refuse: 'the answer redirects to "http://[broken", which is not a URL',
    });
  });
});
