import type { CreateSandboxSimulator } from "@scanstat/core/adapter-kit";
import { createHaloSimulator } from "./halo-simulator.js";

/** Halo Security's sandbox: the simulator with its sandbox credentials and default data. */
export const createSandboxSimulator: CreateSandboxSimulator = (options) => createHaloSimulator(options);
