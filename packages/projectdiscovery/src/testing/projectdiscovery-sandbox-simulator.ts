import type { CreateSandboxSimulator } from "@scanstat/core/adapter-kit";
import { createProjectDiscoverySimulator } from "./projectdiscovery-simulator.js";

/** ProjectDiscovery's sandbox: the simulator with its sandbox credentials and default data. */
export const createSandboxSimulator: CreateSandboxSimulator = (options) => createProjectDiscoverySimulator(options);
