import { describeBaseUrl } from "@scanstat/core/conformance";
import { describe, expect, it } from "vitest";
import { createSodaClient } from "./soda-client.js";

const credentials = { apiKeyId: "key-id", apiKeySecret: "key-secret" };

describeBaseUrl({
  vendor: "soda",
  variable: "SODA_BASE_URL",
  resolve: (baseUrl) => createSodaClient({ ...credentials, baseUrl }).baseUrl,
});

describe("Soda's base URL", () => {
  it("is the region's host when none is given (or a blank one)", () => {
    expect(createSodaClient({ ...credentials, baseUrl: " " }).baseUrl).toBe("https://cloud.soda.io");
    expect(createSodaClient({ ...credentials, region: "us" }).baseUrl).toBe("https://cloud.us.soda.io");
  });
});
