import type { Fault } from "@scanstat/core/testing";
import type { TestedVendor, VendorKit } from "../harness/vendor-kits.js";

export const requestTimeoutMs = 40;
const stallMs = 200;

/**
 * - `repeated`: the vendor provably did not act (429, refused connection): the trigger is sent
 *   again and starts exactly one scan.
 * - `ambiguous`: the vendor may have acted: never sent again; the error says so (`mayHaveActed`)
 *   and how to look. `started` is how many scans the vendor really started (0 when the fault hit
 *   before it acted: scanstat cannot know, so it must not repeat either).
 * - `recovered`: the adapter found the scan it started without a second trigger.
 */
export type Expectation = { kind: "repeated" } | { kind: "ambiguous"; started: 0 | 1 } | { kind: "recovered" };

export interface TriggerFault {
  name: string;
  fault(kit: VendorKit): Fault;
  afterHandling: boolean;
  expected: Expectation;
  overrides?: Partial<Record<TestedVendor, Expectation>>;
}

const status =
  (code: number, headers?: Record<string, string>) =>
  (kit: VendorKit): Fault => ({
    type: "status",
    status: code,
    body: kit.errorBody(code),
    ...(headers ? { headers } : {}),
  });

/** Halo's start answer names no scan: the adapter finds the scan it started in the in-progress list. */
const haloFindsItsScan = { halo: { kind: "recovered" } } as const;

export const triggerFaults: readonly TriggerFault[] = [
  {
    name: "429 with Retry-After",
    fault: status(429, { "retry-after": "3" }),
    afterHandling: false,
    expected: { kind: "repeated" },
  },
  { name: "429 without Retry-After", fault: status(429), afterHandling: false, expected: { kind: "repeated" } },
  {
    name: "connection refused",
    fault: () => ({ type: "refused" }),
    afterHandling: false,
    expected: { kind: "repeated" },
  },
  {
    name: "503 before the vendor acted",
    fault: status(503),
    afterHandling: false,
    expected: { kind: "ambiguous", started: 0 },
  },
  {
    name: "reset before the vendor acted",
    fault: () => ({ type: "reset" }),
    afterHandling: false,
    expected: { kind: "ambiguous", started: 0 },
  },
  {
    name: "500 after the vendor acted",
    fault: status(500),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
  },
  {
    name: "502 HTML after the vendor acted",
    fault: () => ({ type: "html", status: 502 }),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
  },
  {
    name: "503 after the vendor acted",
    fault: status(503),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
  },
  {
    name: "504 after the vendor acted",
    fault: status(504),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
  },
  {
    name: "reset mid-response",
    fault: () => ({ type: "reset" }),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
  },
  {
    name: "timeout after sending",
    fault: () => ({ type: "delay", ms: stallMs }),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
  },
  {
    name: "body stalls after the headers",
    fault: () => ({ type: "slowBody", ms: stallMs }),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
    // Soda names the new scan in its 201's headers and sends no body: nothing is left to wait for.
    overrides: { soda: { kind: "recovered" } },
  },
  {
    name: "2xx with a truncated body",
    fault: () => ({ type: "malformed" }),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
    overrides: haloFindsItsScan,
  },
  {
    name: "2xx with an empty body",
    fault: () => ({ type: "empty" }),
    afterHandling: true,
    expected: { kind: "ambiguous", started: 1 },
    overrides: haloFindsItsScan,
  },
];
