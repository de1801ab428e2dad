import {
  getScans,
  type RateLimiter,
  type Scan,
  type ScanAdapter,
  ScanstatError,
  scanSchema,
  scanStates,
  validate,
} from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// The state mappers are internal to their packages: fuzzed from source, on purpose.
import { mapHaloScanState } from "../../../../packages/halo/src/adapter/map-halo-scan-state.js";
import { mapProjectDiscoveryScanState } from "../../../../packages/projectdiscovery/src/adapter/map-projectdiscovery-scan-state.js";
import { mapSodaScanState } from "../../../../packages/soda/src/adapter/map-soda-scan-state.js";
import { mapTelmaiRunStatus } from "../../../../packages/telmai/src/adapter/map-telmai-run-status.js";
import { mapTelmaiScanState } from "../../../../packages/telmai/src/adapter/map-telmai-scan-state.js";
import { type TestedVendor, vendorKits, vendors } from "../harness/vendor-kits.js";
import {
  fuzzedId,
  haloDetailsBody,
  haloInProgressBody,
  projectDiscoveryPageBody,
  projectDiscoveryScanBody,
  sodaStatusBody,
  statusWord,
  telmaiAssetsBody,
  telmaiStatusBody,
} from "./vendor-arbitraries.js";

/** Fuzzed calls never wait for a budget: the property is about parsing, not pacing. */
const unlimited: RateLimiter = { acquire: async () => {} };

/** What the stub answers: a JSON value, or raw text (`{ text }`) for bodies that are not JSON. */
type Answer = unknown;
const rawText = Symbol("raw text");
const text = (value: string) => ({ [rawText]: value });

function adapterAnswering(vendor: TestedVendor, answer: (url: URL) => Answer): ScanAdapter {
  const clock = createVirtualClock();
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = answer(url);
    const payload =
      typeof body === "object" && body !== null && rawText in body
        ? String((body as Record<symbol, unknown>)[rawText])
        : JSON.stringify(body);
    return new Response(payload, {
      status: 200,
      headers: { "content-type": "application/json", "x-soda-scan-id": fuzzedId },
    });
  };
  return vendorKits[vendor].create({ clock, limiter: unlimited, wrapFetch: () => fetch }).adapter;
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((total, value) => total + value, 0);
}

/** What every answer must be at least: a Scan of this vendor in one of the normalized states. */
function expectScan(scan: Scan, vendor: TestedVendor): void {
  expect(scan.ref.vendor).toBe(vendor);
  expect(scanStates).toContain(scan.state);
  expect(typeof scan.vendorState).toBe("string");
}

/** A Scan a user can rely on: fits the published schema (`scanSchema`), and its counts add up. */
function expectValidScan(scan: Scan, vendor: TestedVendor): void {
  const checked = validate(scanSchema, scan);
  expect(checked.ok ? "valid" : `field ${checked.field}: ${checked.problem} in ${JSON.stringify(scan)}`).toBe("valid");
  expect(scan.ref.vendor).toBe(vendor);
  const findings = scan.result?.findings;
  if (findings) {
    expect(Object.keys(findings.bySeverity).sort()).toEqual(["critical", "high", "info", "low", "medium", "unknown"]);
    expect(sum(findings.bySeverity)).toBe(findings.total);
  }
  // DESIGN §6, through the adapters too: incomplete evidence is never pass, none is no verdict.
  const evidence = scan.result?.evidence;
  if (evidence && !evidence.complete) expect(scan.result?.verdict).not.toBe("pass");
  if (evidence && evidence.sources.length === 0) expect(scan.result?.verdict).toBeUndefined();
  const checks = scan.result?.checks;
  if (checks) {
    const { total, ...parts } = checks;
    expect(sum(parts)).toBe(total);
  }
}

/** The property: a Scan that fits the model, or one of the core's typed errors; nothing else ever escapes. */
async function expectScanOrTypedError(
  vendor: TestedVendor,
  call: () => Promise<Scan>,
  check: (scan: Scan, vendor: TestedVendor) => void = expectScan,
): Promise<void> {
  let scan: Scan;
  try {
    scan = await call();
  } catch (error) {
    expect(ScanstatError.isInstance(error) ? "typed" : String(error)).toBe("typed");
    return;
  }
  check(scan, vendor);
}

async function expectLookupsOrTypedError(
  vendor: TestedVendor,
  adapter: ScanAdapter,
  ids: string[],
  check: (scan: Scan, vendor: TestedVendor) => void = expectScan,
): Promise<void> {
  let lookups: Awaited<ReturnType<typeof getScans>>;
  try {
    lookups = await getScans(adapter, ids);
  } catch (error) {
    expect(ScanstatError.isInstance(error) ? "typed" : String(error)).toBe("typed");
    return;
  }
  expect(lookups.map((lookup) => lookup.id)).toEqual(ids);
  for (const lookup of lookups) {
    if (lookup.ok) check(lookup.scan, vendor);
    else expect(ScanstatError.isInstance(lookup.error)).toBe(true);
  }
}

/** Fixed, so CI explores the same cases every run; `FUZZ_SEED=<n>` explores others. */
const seed = Number(process.env.FUZZ_SEED ?? 20_260_101);
const runs = { numRuns: 150, seed };

/** Each vendor's answers, routed by path, from one fuzzed body per endpoint. */
const shapedAnswers: Readonly<Record<TestedVendor, fc.Arbitrary<(url: URL) => Answer>>> = {
  soda: sodaStatusBody.map((body) => () => body),
  projectdiscovery: fc.tuple(projectDiscoveryScanBody, projectDiscoveryPageBody).map(
    ([scan, page]) =>
      (url) =>
        url.pathname.endsWith("/v1/scans") ? page : scan,
  ),
  halo: fc.tuple(haloInProgressBody, haloDetailsBody).map(
    ([list, details]) =>
      (url) =>
        url.pathname.endsWith("get.json") ? details : list,
  ),
  telmai: fc.tuple(telmaiStatusBody, telmaiAssetsBody).map(
    ([status, assets]) =>
      (url) =>
        url.pathname.includes("/assets/") ? assets : status,
  ),
};

describe.each(vendors)("fuzzing %s: parsers and mappers", (vendor) => {
  it("answers any JSON body with a valid Scan or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const adapter = adapterAnswering(vendor, () => body);
        await expectScanOrTypedError(vendor, () => adapter.getScan(fuzzedId));
      }),
      runs,
    );
  });

  it("answers any text body (not JSON) with a valid Scan or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (body) => {
        const adapter = adapterAnswering(vendor, () => text(body));
        await expectScanOrTypedError(vendor, () => adapter.getScan(fuzzedId));
      }),
      { numRuns: 40, seed },
    );
  });

  it("maps vendor-shaped bodies with arbitrary words, numbers and dates to a Scan or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(shapedAnswers[vendor], async (answer) => {
        const adapter = adapterAnswering(vendor, answer);
        await expectScanOrTypedError(vendor, () => adapter.getScan(fuzzedId));
        await expectLookupsOrTypedError(vendor, adapter, [fuzzedId, "scan-2", fuzzedId]);
      }),
      runs,
    );
  });

  // Counts from the vendor go through core's `vendorCount` (it was a gap in halo and telmai).
  it("maps vendor-shaped bodies to Scans that fit scanSchema, with counts that add up", async () => {
    await fc.assert(
      fc.asyncProperty(shapedAnswers[vendor], async (answer) => {
        const adapter = adapterAnswering(vendor, answer);
        await expectScanOrTypedError(vendor, () => adapter.getScan(fuzzedId), expectValidScan);
        await expectLookupsOrTypedError(vendor, adapter, [fuzzedId, "scan-2", fuzzedId], expectValidScan);
      }),
      runs,
    );
  });

  it("answers a trigger with any JSON body with a ref or a typed error", async () => {
    const input = vendorKits[vendor].triggerInput;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const adapter = adapterAnswering(vendor, () => body);
        try {
          const ref = await adapter.triggerScan!(input);
          expect(ref.vendor).toBe(vendor);
          expect(ref.id.trim()).not.toBe("");
        } catch (error) {
          expect(ScanstatError.isInstance(error) ? "typed" : String(error)).toBe("typed");
        }
      }),
      { numRuns: 60, seed },
    );
  });
});

describe("fuzzing the state tables: an arbitrary word maps to a state, never a throw", () => {
  const mappers: Record<string, (word: string) => string> = {
    soda: (word) => mapSodaScanState(word).state,
    projectdiscovery: (word) => mapProjectDiscoveryScanState(word).state,
    "halo (listed in progress)": (word) => mapHaloScanState({ listedInProgress: true, statusDisplay: word }).state,
    "telmai execution": (word) => mapTelmaiScanState(word),
    "telmai asset run": (word) => mapTelmaiRunStatus(word).state,
  };
  it.each(Object.keys(mappers))("%s", (name) => {
    const vendor = (vendors.find((candidate) => name.startsWith(candidate)) ?? "soda") as TestedVendor;
    fc.assert(
      fc.property(statusWord(vendor), (word) => {
        expect(scanStates).toContain(mappers[name]!(word));
      }),
      { numRuns: 500, seed },
    );
  });
});
