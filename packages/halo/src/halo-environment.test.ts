import { describe, expect, it } from "vitest";
import { readHaloEnvironment } from "./halo-environment.js";

describe("readHaloEnvironment", () => {
  it("reads HALO_API_KEY and HALO_BASE_URL", () => {
    expect(readHaloEnvironment({ HALO_API_KEY: "key-1", HALO_BASE_URL: "http://127.0.0.1:4100/halo" })).toEqual({
      apiKey: "key-1",
      baseUrl: "http://127.0.0.1:4100/halo",
    });
  });

  it("treats empty and blank values as unset", () => {
    expect(readHaloEnvironment({ HALO_API_KEY: " ", HALO_BASE_URL: "" })).toEqual({});
  });

  it("ignores other vendors' variables", () => {
    expect(readHaloEnvironment({ SODA_API_KEY_ID: "x", PDCP_API_KEY: "y" })).toEqual({});
  });
});
