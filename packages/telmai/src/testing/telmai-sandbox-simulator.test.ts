import { createSlidingWindowLimiter } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createTelmaiAdapterFromEnvironment } from "../classic/telmai-api-selection.js";
import { createSandboxSimulator, TelmaiSandboxSimulator } from "./telmai-sandbox-simulator.js";

describe("Telmai's sandbox simulator: both products under one base URL", () => {
  it("hands out the variables of both, and each product's requests reach its own simulator", async () => {
    const clock = createVirtualClock();
    const simulator = createSandboxSimulator({ clock, outcomes: ["pass"], durationMs: 60_000 });
    expect(simulator).toBeInstanceOf(TelmaiSandboxSimulator);
    const sandbox = simulator as TelmaiSandboxSimulator;
    const env = simulator.sandboxEnvironment("https://telmai.simulated.test/prefix");
    expect(Object.keys(env).sort()).toEqual(["TELMAI_API_KEY", "TELMAI_BASE_URL", "TELMAI_TENANT", "TELMAI_TOKEN"]);
    expect(env.TELMAI_BASE_URL).toBe("https://telmai.simulated.test/prefix");

    const adapter = createTelmaiAdapterFromEnvironment(env, {
      fetch: simulator.fetch,
      clock,
      limiter: createSlidingWindowLimiter(clock),
      random: () => 0.5,
    });
    const fabricRef = await adapter.triggerScan!({});
    const classicRef = await adapter.triggerScan!({ assetId: "orders" } as never);
    expect(classicRef.id).toMatch(/^orders~/);
    expect(fabricRef.id).not.toContain("~");
    // Fabric's requests are the sandbox's own log; classic's are its classic simulator's.
    expect(simulator.triggeredScans).toBe(1);
    expect(sandbox.classic.triggeredScans).toBe(1);
    expect(simulator.requests.every((request) => !/\/api\/(auth|backend|data)\//.test(request.path))).toBe(true);
    expect(sandbox.classic.requests.length).toBeGreaterThan(0);

    await clock.advance(5 * 60_000);
    expect((await adapter.getScan(classicRef.id)).state).toBe("completed");
    expect((await adapter.getScan(fabricRef.id)).state).toBe("completed");
  });
});
