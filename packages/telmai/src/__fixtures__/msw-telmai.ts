import { createSlidingWindowLimiter } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { mswHandlers } from "@scanstat/core/testing/msw";
import type { setupServer } from "msw/node";
import { createTelmaiAdapter, type TelmaiAdapterSettings } from "../adapter/telmai-adapter.js";
import { createTelmaiSimulator, type TelmaiSimulatorOptions } from "../testing/telmai-simulator.js";

export const telmaiTestOrigin = "https://telmai.example.com";

/**
 * A simulator served through msw at the test origin, and an adapter on the same virtual clock.
 * Its runs carry their execution's id unless the test asks for batch ids (the simulator's default).
 */
export function telmaiScenario(
  server: Pick<ReturnType<typeof setupServer>, "use">,
  options: Omit<TelmaiSimulatorOptions, "clock"> = {},
  settings: (simulator: ReturnType<typeof createTelmaiSimulator>) => Partial<TelmaiAdapterSettings> = () => ({}),
) {
  const clock = createVirtualClock({ start: "2026-03-24T09:00:00Z" });
  const simulator = createTelmaiSimulator({ clock, jobIds: "execution", ...options });
  server.use(...mswHandlers(simulator, telmaiTestOrigin));
  const adapter = createTelmaiAdapter({
    baseUrl: `${telmaiTestOrigin}/api`,
    token: simulator.adminToken,
    clock,
    limiter: createSlidingWindowLimiter(clock),
    random: () => 0.5,
    ...settings(simulator),
  });
  return { clock, simulator, adapter };
}
