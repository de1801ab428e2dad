import { describeBaseUrl } from "@scanstat/core/conformance";
import { describe, expect, it } from "vitest";
import { createHaloClient } from "./halo-client.js";

const clientBase = (baseUrl?: string) => createHaloClient({ apiKey: "api-key", baseUrl }).baseUrl;

describeBaseUrl({ vendor: "halo", variable: "HALO_BASE_URL", resolve: clientBase });

describe("Halo's base URL", () => {
  it("is Halo's API host when none is given (or a blank one)", () => {
    expect(clientBase()).toBe("https://api.halosecurity.com");
    expect(clientBase("  ")).toBe("https://api.halosecurity.com");
  });

  it("drops the /api/v1 Halo's docs print, since the client adds it", () => {
    expect(clientBase("https://api.halosecurity.com/api/v1/")).toBe("https://api.halosecurity.com");
    expect(clientBase("https://proxy.example.com/halo/API/V1")).toBe("https://proxy.example.com/halo");
  });
});
