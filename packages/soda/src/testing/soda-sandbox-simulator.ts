import type { CreateSandboxSimulator } from "@scanstat/core/adapter-kit";
import { createSodaSimulator } from "./soda-simulator.js";

/** Soda Cloud's sandbox: the simulator with its sandbox credentials and default data. */
export const createSandboxSimulator: CreateSandboxSimulator = (options) => createSodaSimulator(options);
