import { ConfigError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { createSodaAdapter } from "./adapter/soda-adapter.js";
import { readSodaEnvironment } from "./soda-environment.js";

describe("readSodaEnvironment", () => {
  it("reads the key, the region and the base URL", () => {
    expect(
      readSodaEnvironment({
        SODA_API_KEY_ID: "key-id",
        SODA_API_KEY_SECRET: "key-secret",
        SODA_REGION: "us",
        SODA_BASE_URL: "https://proxy.example.com/soda/",
      }),
    ).toEqual({
      apiKeyId: "key-id",
      apiKeySecret: "key-secret",
      region: "us",
      baseUrl: "https://proxy.example.com/soda",
    });
  });

  const credentials = { SODA_API_KEY_ID: "key-id", SODA_API_KEY_SECRET: "key-secret" };

  it("treats empty variables as unset", () => {
    expect(readSodaEnvironment({ ...credentials, SODA_REGION: " ", SODA_BASE_URL: "" })).toEqual({
      apiKeyId: "key-id",
      apiKeySecret: "key-secret",
    });
  });

  it("names every missing credential in one ConfigError, as every vendor's reader does", () => {
    expect(() =>
      readSodaEnvironment({ SODA_API_KEY_ID: "", SODA_API_KEY_SECRET: "", SODA_REGION: " ", SODA_BASE_URL: "" }),
    ).toThrow(new ConfigError("soda: SODA_API_KEY_ID and SODA_API_KEY_SECRET are not set", { vendor: "soda" }));
    expect(() => readSodaEnvironment({ SODA_API_KEY_ID: "key-id" })).toThrow("soda: SODA_API_KEY_SECRET is not set");
  });

  it("takes the secret verbatim: its surrounding spaces may be part of it", () => {
    expect(readSodaEnvironment({ SODA_API_KEY_ID: " key-id ", SODA_API_KEY_SECRET: " secret " })).toEqual({
      apiKeyId: "key-id",
      apiKeySecret: " secret ",
    });
  });

  it("accepts the region in any case", () => {
    expect(readSodaEnvironment({ ...credentials, SODA_REGION: "EU" })).toMatchObject({ region: "eu" });
  });

  it("refuses any region but eu or us with a ConfigError", () => {
    expect(() => readSodaEnvironment({ ...credentials, SODA_REGION: "apac" })).toThrow(ConfigError);
    expect(() => readSodaEnvironment({ ...credentials, SODA_REGION: "apac" })).toThrow(
      'soda: SODA_REGION must be eu or us (got "apac")',
    );
  });

  it("refuses a base URL the kit refuses, in the kit's words", () => {
    expect(() => readSodaEnvironment({ ...credentials, SODA_BASE_URL: "cloud.soda.io" })).toThrow(
      "soda: the base URL (SODA_BASE_URL) must be https://host[:port][/prefix], without query, fragment or credentials (http only on loopback)",
    );
    expect(() => readSodaEnvironment({ ...credentials, SODA_BASE_URL: "ftp://cloud.soda.io" })).toThrow(ConfigError);
  });
});

describe("createSodaAdapter credentials", () => {
  it("names both variables when neither is set", () => {
    expect(() => createSodaAdapter({})).toThrow(ConfigError);
    expect(() => createSodaAdapter({})).toThrow(
      "soda: missing credentials: set SODA_API_KEY_ID and SODA_API_KEY_SECRET",
    );
  });

  it("names the one variable that is missing", () => {
    expect(() => createSodaAdapter({ apiKeyId: "key-id" })).toThrow(
      "soda: missing credentials: set SODA_API_KEY_SECRET",
    );
    expect(() => createSodaAdapter({ apiKeySecret: "key-secret" })).toThrow(
      "soda: missing credentials: set SODA_API_KEY_ID",
    );
  });

  it("is a ConfigError that never carries the secret", () => {
    let thrown: unknown;
    try {
      createSodaAdapter({ apiKeyId: "key:id", apiKeySecret: "super-secret-value" });
    } catch (error) {
      thrown = error;
    }
    expect(ConfigError.isInstance(thrown)).toBe(true);
    expect((thrown as Error).message).toBe('soda: SODA_API_KEY_ID must not contain ":"');
  });

  it("refuses credentials a Basic auth header cannot carry", () => {
    expect(() => createSodaAdapter({ apiKeyId: "key-id", apiKeySecret: "sécret-✓" })).toThrow(
      "soda: the API key id or secret has characters a Basic auth header cannot carry",
    );
  });
});
