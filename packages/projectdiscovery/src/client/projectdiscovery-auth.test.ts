import { describe, expect, it } from "vitest";
import { createProjectDiscoveryAuth } from "./projectdiscovery-auth.js";

describe("createProjectDiscoveryAuth", () => {
  it("sends X-Api-Key, and X-Team-Id only when a team is given", async () => {
    expect(await createProjectDiscoveryAuth({ apiKey: "secret-key-1" }).headers()).toEqual({
      "X-Api-Key": "secret-key-1",
    });
    expect(await createProjectDiscoveryAuth({ apiKey: "secret-key-1", teamId: "team-9" }).headers()).toEqual({
      "X-Api-Key": "secret-key-1",
      "X-Team-Id": "team-9",
    });
  });

  it("names the key as a secret and fingerprints it without showing it", () => {
    const auth = createProjectDiscoveryAuth({ apiKey: "secret-key-1" });
    expect(auth.secrets()).toEqual(["secret-key-1"]);
    expect(auth.fingerprint()).toMatch(/^key-[0-9a-f]{8}$/);
    expect(auth.fingerprint()).not.toContain("secret");
    expect(auth.fingerprint()).toBe(createProjectDiscoveryAuth({ apiKey: "secret-key-1", teamId: "t" }).fingerprint());
    expect(auth.fingerprint()).not.toBe(createProjectDiscoveryAuth({ apiKey: "secret-key-2" }).fingerprint());
  });
});
