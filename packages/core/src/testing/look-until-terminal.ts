import type { ScanAdapter } from "../adapter/scan-adapter.js";
import type { Clock } from "../clock/clock.js";
import { isTerminalState, type Scan } from "../model/scan.js";

export interface LookUntilTerminalOptions {
  /** The test's clock: a virtual one makes the wait between looks cost no real time. */
  clock: Clock;
  /** Between two looks. */
  everyMs: number;
  /** Gives up (throws) after this many looks: a scan that never ends must fail the test. Default 1000. */
  maxLooks?: number;
}

/** Looks at a scan every `everyMs` until it is terminal, and returns every look in order (the last is terminal). */
export async function lookUntilTerminal(
  adapter: Pick<ScanAdapter, "getScan">,
  id: string,
  options: LookUntilTerminalOptions,
): Promise<Scan[]> {
  const looks: Scan[] = [];
  const maxLooks = options.maxLooks ?? 1000;
  while (looks.length < maxLooks) {
    const scan = await adapter.getScan(id);
    looks.push(scan);
    if (isTerminalState(scan.state)) return looks;
    await options.clock.sleep(options.everyMs);
  }
  throw new Error(`scan ${id} was not terminal after ${maxLooks} looks`);
}
