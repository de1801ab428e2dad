import { ConfigError } from "@scanstat/core";
import { describeBaseUrl } from "@scanstat/core/conformance";
import { describe, expect, it } from "vitest";
import { createTelmaiClassicClient } from "../classic/client/telmai-classic-client.js";
import { normalizeTelmaiBaseUrl } from "./telmai-base-url.js";
import { createTelmaiClient } from "./telmai-client.js";

describeBaseUrl({
  vendor: "telmai",
  variable: "TELMAI_BASE_URL",
  resolve: (baseUrl) => createTelmaiClient({ token: "token", baseUrl }).baseUrl,
});

describe("Telmai classic", () => {
  describeBaseUrl({
    vendor: "telmai",
    variable: "TELMAI_BASE_URL",
    resolve: (baseUrl) =>
      createTelmaiClassicClient({ credentials: { apiKey: "api-key" }, tenant: "tenant", baseUrl }).baseUrl,
  });
});

describe("normalizeTelmaiBaseUrl", () => {
  it.each([
    ["https://telmai.example.com", "https://telmai.example.com"],
    ["https://telmai.example.com/", "https://telmai.example.com"],
    ["https://telmai.example.com/api", "https://telmai.example.com"],
    ["https://telmai.example.com/api/", "https://telmai.example.com"],
    ["  https://telmai.example.com/API  ", "https://telmai.example.com"],
    ["https://proxy.example.com/telmai", "https://proxy.example.com/telmai"],
    ["https://proxy.example.com/telmai/api", "https://proxy.example.com/telmai"],
    ["https://proxy.example.com/apis", "https://proxy.example.com/apis"],
    ["http://127.0.0.1:4100/telmai", "http://127.0.0.1:4100/telmai"],
  ])("%s → %s", (given, expected) => {
    expect(normalizeTelmaiBaseUrl(given)).toBe(expected);
  });

  it.each([[undefined], ["   "]])("a missing base URL (%j) says which variable to set", (given) => {
    const call = () => normalizeTelmaiBaseUrl(given);
    expect(call).toThrow(ConfigError);
    expect(call).toThrow(
      "telmai: no base URL: set TELMAI_BASE_URL to your deployment's address, e.g. https://telmai.example.com",
    );
  });
});
