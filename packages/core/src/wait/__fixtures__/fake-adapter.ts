import type { CallOptions, RateLimit, ScanAdapter, ScanLookup } from "../../adapter/scan-adapter.js";
import type { Clock } from "../../clock/clock.js";
import { ScanstatError } from "../../errors/scanstat-error.js";
import type { Scan, ScanState } from "../../model/scan.js";
import type { VendorId } from "../../model/vendor-id.js";

/** What a fake vendor answers for one look: a scan, or an error to throw. */
export type FakeAnswer = Scan | Error;

export interface FakeLook {
  id: string;
  /** Looks at this id so far, this one included (1-based). */
  count: number;
  now: number;
}

export interface FakeCall {
  operation: "getScan" | "getScans";
  ids: string[];
  at: number;
}

export interface FakeAdapter extends ScanAdapter {
  readonly calls: FakeCall[];
  /** The most requests that were in flight at once. */
  readonly maxInFlight: number;
  readonly signals: AbortSignal[];
  /** Look times of one id, relative to `start`. */
  lookTimes(id: string, start: number): number[];
}

export interface FakeAdapterOptions {
  vendor?: VendorId;
  clock: Clock;
  /** Declares `batchGet` and implements `getScans`. */
  batch?: boolean;
  /** Virtual time each request takes. */
  latencyMs?: number;
  answer(look: FakeLook): FakeAnswer | Promise<FakeAnswer>;
}

const readLimit: RateLimit = { requests: 1000, windowMs: 60_000, documented: false };

export function fakeScan(id: string, state: ScanState, extra: Partial<Scan> = {}, vendor: VendorId = "soda"): Scan {
  return { ref: { vendor, id }, state, vendorState: state, raw: {}, ...extra };
}

/**
 * A scan that moves through `steps` (elapsed ms since `start` → state), ending on the last one.
 * Each step may carry extra fields (progress, result, vendorState).
 */
export function timeline(
  start: number,
  steps: ReadonlyArray<{ at: number; state: ScanState } & Partial<Scan>>,
  vendor: VendorId = "soda",
): (look: FakeLook) => Scan {
  return ({ id, now }) => {
    let current = steps[0]!;
    for (const step of steps) if (now - start >= step.at) current = step;
    const { at: _at, ...fields } = current;
    return fakeScan(id, current.state, fields, vendor);
  };
}

export function createFakeAdapter(options: FakeAdapterOptions): FakeAdapter {
  const vendor = options.vendor ?? "soda";
  const { clock } = options;
  const calls: FakeCall[] = [];
  const signals: AbortSignal[] = [];
  const counts = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;

  async function look(id: string): Promise<FakeAnswer> {
    const count = (counts.get(id) ?? 0) + 1;
    counts.set(id, count);
    return options.answer({ id, count, now: clock.now() });
  }

  async function request<T>(operation: FakeCall["operation"], ids: string[], callOptions: CallOptions | undefined, body: () => Promise<T>) {
    calls.push({ operation, ids, at: clock.now() });
    if (callOptions?.signal) signals.push(callOptions.signal);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.latencyMs) await clock.sleep(options.latencyMs, callOptions?.signal);
      return await body();
    } finally {
      inFlight--;
    }
  }

  const adapter: FakeAdapter = {
    vendor,
    capabilities: { trigger: false, cancel: false, list: false, logs: false, batchGet: options.batch ?? false },
    rateLimits: options.batch ? { getScan: readLimit, getScans: readLimit } : { getScan: readLimit },
    calls,
    signals,
    get maxInFlight() {
      return maxInFlight;
    },
    lookTimes(id, start) {
      return calls.filter((call) => call.ids.includes(id)).map((call) => call.at - start);
    },
    getScan(id, callOptions) {
      return request("getScan", [id], callOptions, async () => {
        const answer = await look(id);
        if (answer instanceof Error) throw answer;
        return answer;
      });
    },
  };
  if (options.batch) {
    adapter.getScans = (ids, callOptions) =>
      request("getScans", [...ids], callOptions, async () =>
        Promise.all(
          ids.map(async (id): Promise<ScanLookup> => {
            const answer = await look(id);
            if (answer instanceof Error) {
              if (ScanstatError.isInstance(answer)) return { id, ok: false, error: answer };
              throw answer;
            }
            return { id, ok: true, scan: answer };
          }),
        ),
      );
  }
  return adapter;
}
