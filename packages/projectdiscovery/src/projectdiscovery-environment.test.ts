import { ConfigError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { readProjectDiscoveryEnvironment } from "./projectdiscovery-environment.js";

describe("readProjectDiscoveryEnvironment", () => {
  it("reads PDCP_API_KEY, PDCP_TEAM_ID and PDCP_API_SERVER", () => {
    expect(
      readProjectDiscoveryEnvironment({
        PDCP_API_KEY: "key-1",
        PDCP_TEAM_ID: "team-1",
        PDCP_API_SERVER: "http://127.0.0.1:4100/pd",
        OTHER: "x",
      }),
    ).toEqual({ apiKey: "key-1", teamId: "team-1", baseUrl: "http://127.0.0.1:4100/pd" });
  });

  it("treats empty and blank values as unset, and trims the rest", () => {
    expect(
      readProjectDiscoveryEnvironment({ PDCP_API_KEY: "  key-2 ", PDCP_TEAM_ID: "", PDCP_API_SERVER: "   " }),
    ).toEqual({
      apiKey: "key-2",
    });
  });

  it("names a missing PDCP_API_KEY in a ConfigError, as every vendor's reader does", () => {
    for (const variables of [{}, { PDCP_API_KEY: "  ", PDCP_TEAM_ID: "team-1" }]) {
      expect(() => readProjectDiscoveryEnvironment(variables)).toThrow(ConfigError);
      expect(() => readProjectDiscoveryEnvironment(variables)).toThrow("projectdiscovery: PDCP_API_KEY is not set");
    }
  });
});
