import type { CreateSandboxSimulator, SandboxSimulatorOptions } from "@scanstat/core/adapter-kit";
import {
  createTelmaiClassicSimulator,
  isTelmaiClassicPath,
  type TelmaiClassicSimulator,
} from "../classic/testing/telmai-classic-simulator.js";
import { TelmaiSimulator } from "./telmai-simulator.js";

/**
 * Both Telmai products behind one base URL, as one TELMAI_BASE_URL reaches them: classic's
 * controllers (`/api/auth`, `/api/backend`, `/api/data`) go to its simulator, every other path to
 * Fabric's. Seeding, counts and faults are Fabric's; reach classic's through `classic`.
 */
export class TelmaiSandboxSimulator extends TelmaiSimulator {
  readonly classic: TelmaiClassicSimulator;

  constructor(options: SandboxSimulatorOptions) {
    super(options);
    this.classic = createTelmaiClassicSimulator(options);
  }

  override handle(request: Request): Promise<Response> {
    return isTelmaiClassicPath(new URL(request.url).pathname) ? this.classic.handle(request) : super.handle(request);
  }

  /** The variables of both products: a client with all of them reaches either. */
  override sandboxEnvironment(baseUrl: string): Record<string, string> {
    return { ...super.sandboxEnvironment(baseUrl), ...this.classic.sandboxEnvironment(baseUrl) };
  }
}

/** Telmai's sandbox: Fabric and classic under one base URL (see TelmaiSandboxSimulator). */
export const createSandboxSimulator: CreateSandboxSimulator = (options) => new TelmaiSandboxSimulator(options);
