import type { ScanState, ScanstatErrorCode } from "@scanstat/core";
import type { Fault } from "@scanstat/core/testing";
import { type TestedVendor, type VendorKit, vendorKits, vendors } from "../harness/vendor-kits.js";

/** One HTTP request's limit in these tests, and how long the slow faults hold the answer (real ms). */
export const requestTimeoutMs = 40;
const stallMs = 200;
/** The HTTP client's attempts in all (its default). */
export const maxAttempts = 4;

/** What scanstat does with a fault on a read (`getScan` of a running scan). */
export type Behaviour =
  /** The HTTP layer repeats the request and the caller never sees the fault; if it persists, this error. */
  | { kind: "retried"; persists: ScanstatErrorCode }
  /** A typed error at once, no retry. */
  | { kind: "error"; code: ScanstatErrorCode }
  /** Not an error: the scan reads in this state (an `unknown` that stays ends a watch with exit 5). */
  | { kind: "state"; state: ScanState; why?: string }
  /** Not an error: the answer is read as if the fault were not there. */
  | { kind: "ignored"; why?: string }
  /** Not an error: the scan reads in the same state, without its progress (what the faulted call gave). */
  | { kind: "degraded"; why?: string };

export interface FaultRow {
  name: string;
  /** What the simulator sends, for the doc. */
  injected: string;
  fault(kit: VendorKit): Fault;
  behaviour: Behaviour;
  /** Where a vendor's adapter defines another behaviour (and why). */
  overrides?: Partial<Record<TestedVendor, Behaviour>>;
}

const status = (code: number, headers?: Record<string, string>) => (kit: VendorKit) =>
  ({ type: "status", status: code, body: kit.errorBody(code), ...(headers ? { headers } : {}) }) as const;

export const faultRows: readonly FaultRow[] = [
  {
    name: "401",
    injected: "401 with the vendor's error body",
    fault: status(401),
    behaviour: { kind: "error", code: "auth" },
  },
  {
    name: "403",
    injected: "403 with the vendor's error body",
    fault: status(403),
    behaviour: { kind: "error", code: "permission" },
    overrides: {
      telmai: {
        kind: "degraded",
        why: "a token without assets:read still gets the execution's own status: the scan reads without progress",
      },
    },
  },
  {
    name: "404",
    injected: "404 with the vendor's error body",
    fault: status(404),
    behaviour: { kind: "error", code: "not_found" },
  },
  {
    name: "429 with Retry-After",
    injected: "429, `Retry-After: 2`",
    fault: status(429, { "retry-after": "2" }),
    behaviour: { kind: "retried", persists: "rate_limited" },
  },
  {
    name: "429 without Retry-After",
    injected: "429, no `Retry-After`",
    fault: status(429),
    behaviour: { kind: "retried", persists: "rate_limited" },
  },
  { name: "500", injected: "500 with the vendor's body", fault: status(500), behaviour: retriedAsVendor() },
  {
    name: "502 HTML",
    injected: "502 with a proxy's HTML page",
    fault: () => ({ type: "html", status: 502 }),
    behaviour: retriedAsVendor(),
  },
  { name: "503", injected: "503 with the vendor's body", fault: status(503), behaviour: retriedAsVendor() },
  { name: "504", injected: "504 with the vendor's body", fault: status(504), behaviour: retriedAsVendor() },
  {
    name: "connection reset",
    injected: "the socket is reset (ECONNRESET)",
    fault: () => ({ type: "reset" }),
    behaviour: { kind: "retried", persists: "network" },
  },
  {
    name: "connection refused",
    injected: "the connection is refused (ECONNREFUSED)",
    fault: () => ({ type: "refused" }),
    behaviour: { kind: "retried", persists: "network" },
  },
  {
    name: "request timeout",
    injected: `no answer for ${stallMs} ms (limit ${requestTimeoutMs} ms)`,
    fault: () => ({ type: "delay", ms: stallMs }),
    behaviour: { kind: "retried", persists: "timeout" },
  },
  {
    name: "slow body",
    injected: `headers at once, the body stalls ${stallMs} ms (limit ${requestTimeoutMs} ms)`,
    fault: () => ({ type: "slowBody", ms: stallMs }),
    behaviour: { kind: "retried", persists: "timeout" },
  },
  {
    name: "malformed JSON",
    injected: "200 with a truncated JSON body",
    fault: () => ({ type: "malformed" }),
    behaviour: { kind: "retried", persists: "bad_response" },
  },
  {
    name: "empty body",
    injected: "200 with no body",
    fault: () => ({ type: "empty" }),
    behaviour: { kind: "retried", persists: "bad_response" },
  },
  {
    name: "wrong top-level shape",
    injected: "the real body wrapped in an array",
    fault: () => ({ type: "transform", transform: (body) => [body] }),
    behaviour: { kind: "error", code: "bad_response" },
  },
  {
    name: "missing required field",
    injected: "the real body without the status word (Halo: without `scan_id`)",
    fault: (kit) => ({ type: "transform", transform: kit.drift.dropRequiredField }),
    behaviour: { kind: "error", code: "bad_response" },
  },
  {
    name: "unknown status word",
    injected: 'the status word replaced by "reticulating"',
    fault: (kit) => ({ type: "transform", transform: (body) => kit.drift.statusWord(body, "reticulating") }),
    behaviour: { kind: "state", state: "unknown" },
    overrides: {
      halo: {
        kind: "state",
        state: "running",
        why: "Halo lists only scans in progress: any word in that list is running, kept verbatim in vendorState",
      },
      telmai: {
        kind: "ignored",
        why: "a run word this version does not know sends the adapter to the execution's own status, which says running",
      },
    },
  },
  {
    name: "extra fields",
    injected: "new fields at the top level and nested",
    fault: (kit) => ({ type: "transform", transform: kit.drift.extraFields }),
    behaviour: { kind: "ignored" },
  },
];

function retriedAsVendor(): Behaviour {
  return { kind: "retried", persists: "vendor" };
}

export interface FaultCell {
  vendor: TestedVendor;
  row: FaultRow;
  behaviour: Behaviour;
  /** For test names: `soda × 401`. */
  title: string;
}

export const faultCells: readonly FaultCell[] = faultRows.flatMap((row) =>
  vendors.map((vendor) => ({
    vendor,
    row,
    behaviour: row.overrides?.[vendor] ?? row.behaviour,
    title: `${vendor} × ${row.name}`,
  })),
);

export const kitOf = (cell: FaultCell): VendorKit => vendorKits[cell.vendor];

/** The CLI's exit code for a cell's lasting outcome (DESIGN §4): 4 when the status cannot be learned, 5 for a word that stays unknown. */
export function expectedExitCode(behaviour: Behaviour): number | undefined {
  switch (behaviour.kind) {
    case "retried":
    case "error":
      return 4;
    case "state":
      return behaviour.state === "unknown" ? 5 : undefined;
    case "ignored":
    case "degraded":
      return undefined;
  }
}
