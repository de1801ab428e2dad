import { AuthError, ConfigError } from "@scanstat/core";
import { describe, expect, it, vi } from "vitest";
import { createTelmaiAuth } from "./telmai-auth.js";

const deployment = "https://telmai.example.com";

describe("createTelmaiAuth", () => {
  it("sends a static token as a bearer and never refreshes it", async () => {
    const auth = createTelmaiAuth("static.jwt.token", deployment);
    expect(await auth.headers()).toEqual({ authorization: "Bearer static.jwt.token" });
    expect(auth.refresh).toBeUndefined();
    expect(auth.secrets()).toEqual(["static.jwt.token"]);
  });

  it("names a credential without showing it", () => {
    const fingerprint = createTelmaiAuth("static.jwt.token", deployment).fingerprint();
    expect(fingerprint).toMatch(/^telmai\.example\.com:token-[0-9a-f]{1,8}$/);
    expect(fingerprint).not.toContain("static");
    expect(createTelmaiAuth("static.jwt.token", deployment).fingerprint()).toBe(fingerprint);
    expect(createTelmaiAuth("other.jwt.token", deployment).fingerprint()).not.toBe(fingerprint);
  });

  it("asks a provider once, then again on refresh", async () => {
    const provider = vi.fn<() => Promise<string>>().mockResolvedValueOnce("token-1").mockResolvedValueOnce("token-2");
    const auth = createTelmaiAuth(provider, deployment);
    expect(await auth.headers()).toEqual({ authorization: "Bearer token-1" });
    expect(await auth.headers()).toEqual({ authorization: "Bearer token-1" });
    expect(provider).toHaveBeenCalledTimes(1);
    expect(await auth.refresh?.()).toBe(true);
    expect(await auth.headers()).toEqual({ authorization: "Bearer token-2" });
    expect(provider).toHaveBeenCalledTimes(2);
    expect(auth.secrets()).toEqual(["token-1", "token-2"]);
  });

  it("has nothing new to try when the provider hands back the refused token", async () => {
    const auth = createTelmaiAuth(async () => "same-token", deployment);
    await auth.headers();
    expect(await auth.refresh?.()).toBe(false);
  });

  it("shares one provider call between concurrent refreshes", async () => {
    let calls = 0;
    const auth = createTelmaiAuth(async () => `token-${++calls}`, deployment);
    await auth.headers();
    const refreshed = await Promise.all([auth.refresh?.(), auth.refresh?.(), auth.refresh?.()]);
    expect(refreshed).toEqual([true, true, true]);
    expect(calls).toBe(2);
  });

  it("turns a failing provider into an AuthError, and asks again next time", async () => {
    let calls = 0;
    const auth = createTelmaiAuth(async () => {
      calls++;
      if (calls === 1) throw new Error("AADSTS700016: application not found\n at stack line");
      return "token-2";
    }, deployment);
    await expect(auth.headers()).rejects.toThrow(AuthError);
    await expect(createTelmaiAuth(async () => Promise.reject(new Error("down")), deployment).headers()).rejects.toThrow(
      "telmai: the token provider failed: down",
    );
    expect(await auth.headers()).toEqual({ authorization: "Bearer token-2" });
  });

  it("refuses an empty token from a provider with a ConfigError", async () => {
    await expect(createTelmaiAuth(async () => " ", deployment).headers()).rejects.toThrow(ConfigError);
  });

  it("refuses a missing token with a ConfigError naming TELMAI_TOKEN", () => {
    expect(() => createTelmaiAuth(undefined, deployment)).toThrow(/set TELMAI_TOKEN/);
    expect(() => createTelmaiAuth("  ", deployment)).toThrow(ConfigError);
  });

  it("drops a Bearer prefix a provider may add", async () => {
    expect(await createTelmaiAuth(async () => "Bearer abc.def", deployment).headers()).toEqual({
      authorization: "Bearer abc.def",
    });
  });
});
