import { createSlidingWindowLimiter } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { mswHandlers } from "@scanstat/core/testing/msw";
import type { setupServer } from "msw/node";
import { createTelmaiClassicAdapter, type TelmaiClassicAdapterSettings } from "../adapter/telmai-classic-adapter.js";
import {
  createTelmaiClassicSimulator,
  type TelmaiClassicSimulator,
  type TelmaiClassicSimulatorOptions,
} from "../testing/telmai-classic-simulator.js";

const telmaiClassicTestOrigin = "https://telmai-classic.example.com";

/** The classic simulator served through msw, and an adapter (API key by default) on the same virtual clock. */
export function telmaiClassicScenario(
  server: Pick<ReturnType<typeof setupServer>, "use">,
  options: Omit<TelmaiClassicSimulatorOptions, "clock"> = {},
  settings: (simulator: TelmaiClassicSimulator) => Partial<TelmaiClassicAdapterSettings> = () => ({}),
) {
  const clock = createVirtualClock({ start: "2026-04-17T09:00:00Z" });
  const simulator = createTelmaiClassicSimulator({ clock, ...options });
  server.use(...mswHandlers(simulator, telmaiClassicTestOrigin));
  const adapter = createTelmaiClassicAdapter({
    baseUrl: telmaiClassicTestOrigin,
    tenant: simulator.tenant,
    credentials: { apiKey: simulator.apiKey },
    clock,
    limiter: createSlidingWindowLimiter(clock),
    random: () => 0.5,
    ...settings(simulator),
  });
  return { clock, simulator, adapter };
}
