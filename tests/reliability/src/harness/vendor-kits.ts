import {
  type Clock,
  createSlidingWindowLimiter,
  type HttpTraceEvent,
  type RateLimiter,
  type RetryOptions,
  type ScanAdapter,
  type TriggerInput,
  type VendorId,
} from "@scanstat/core";
import type { SimulatedOutcome, VendorSimulator } from "@scanstat/core/testing";
import { createHaloAdapter } from "@scanstat/halo";
import { createHaloSimulator } from "@scanstat/halo/testing";
import { createProjectDiscoveryAdapter } from "@scanstat/projectdiscovery";
import { createProjectDiscoverySimulator } from "@scanstat/projectdiscovery/testing";
import { createSodaAdapter } from "@scanstat/soda";
import { createSodaSimulator } from "@scanstat/soda/testing";
import { createTelmaiAdapter } from "@scanstat/telmai";
import { createTelmaiSimulator } from "@scanstat/telmai/testing";

export const vendors = ["soda", "projectdiscovery", "halo", "telmai"] as const satisfies readonly VendorId[];
export type TestedVendor = (typeof vendors)[number];

/**
 * Credentials of these tests: not the simulators' sandbox defaults, and distinctive enough that
 * finding one in any output can only mean a leak.
 */
export const testCredentials = {
  soda: { apiKeyId: "reliability-soda-key-id", apiKeySecret: "rel-soda-secret-9f3a7c" },
  projectdiscovery: { apiKey: "rel-pdcp-key-5b1e2d", teamId: "rel-pdcp-team" },
  halo: { apiKey: "rel-halo-key-c4d8e1" },
  telmai: { token: "rel-telmai-token-7a2f90" },
} as const;

/** Every value that must never be printed, Basic auth's base64 form included. */
export const secretsOf: Readonly<Record<TestedVendor, readonly string[]>> = {
  soda: [
    testCredentials.soda.apiKeySecret,
    btoa(`${testCredentials.soda.apiKeyId}:${testCredentials.soda.apiKeySecret}`),
  ],
  projectdiscovery: [testCredentials.projectdiscovery.apiKey],
  halo: [testCredentials.halo.apiKey],
  telmai: [testCredentials.telmai.token],
};

export const allSecrets: readonly string[] = vendors.flatMap((vendor) => secretsOf[vendor]);

/** The refused credentials `credentials: "invalid"` configures: a wrong key is still a key, never printed. */
export const invalidSecretsOf: Readonly<Record<TestedVendor, readonly string[]>> = {
  soda: ["rel-soda-wrong-secret", btoa(`${testCredentials.soda.apiKeyId}:rel-soda-wrong-secret`)],
  projectdiscovery: ["rel-pdcp-wrong-key"],
  halo: ["rel-halo-wrong-key"],
  telmai: ["rel-telmai-wrong-token"],
};

export interface VendorSetupOptions {
  clock: Clock;
  /** Shared across vendors to test one process-wide budget. Default: a new one on `clock`. */
  limiter?: RateLimiter;
  random?: () => number;
  requestTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  onTrace?: (event: HttpTraceEvent) => void;
  /** Wraps the simulator's in-process fetch (to observe or disturb the transport). */
  wrapFetch?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
  /** Serve over this base URL instead of the in-process fetch (loopback). */
  baseUrl?: string;
  credentials?: "valid" | "invalid";
  durationMs?: number;
  queuedMs?: number;
  outcomes?: readonly SimulatedOutcome[];
  /** Telmai: assets in the workspace (seeded scans take an idle one each). Default the simulator's three. */
  telmaiAssets?: number;
}

export interface VendorSetup {
  vendor: TestedVendor;
  simulator: VendorSimulator;
  adapter: ScanAdapter;
}

/** What the tests need to know of each vendor to drive it the same way. */
export interface VendorKit {
  vendor: TestedVendor;
  /** The simulator operation a `getScan` of a running scan calls first (where read faults go). */
  readOperation: string;
  /** The simulator operation that starts a scan. */
  triggerOperation: string;
  triggerInput: TriggerInput;
  /** The vendor's own error body for a status (what its API sends with a 401, 403, 404, 429, 5xx). */
  errorBody(status: number): unknown;
  /** Drift of the read operation's body. */
  drift: {
    /** The body with its status word replaced (an unknown word, or one a test chooses). */
    statusWord(body: unknown, word: string): unknown;
    dropRequiredField(body: unknown): unknown;
    extraFields(body: unknown): unknown;
  };
  create(options: VendorSetupOptions): VendorSetup;
}

type Json = Record<string, unknown>;
const asObject = (body: unknown): Json => (body !== null && typeof body === "object" ? (body as Json) : {});
const extra = { reliabilityExtra: { nested: [1, "two", null], flag: true }, addedByVendor: "2027-01-01" };

function commonSettings(options: VendorSetupOptions, simulator: VendorSimulator) {
  const fetch = options.wrapFetch ? options.wrapFetch(simulator.fetch) : simulator.fetch;
  return {
    ...(options.baseUrl ? {} : { fetch }),
    clock: options.clock,
    limiter: options.limiter ?? createSlidingWindowLimiter(options.clock),
    random: options.random ?? (() => 0.5),
    ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.onTrace ? { onTrace: options.onTrace } : {}),
  };
}

const timing = (options: VendorSetupOptions) => ({
  ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}),
  ...(options.queuedMs !== undefined ? { queuedMs: options.queuedMs } : {}),
  ...(options.outcomes ? { outcomes: options.outcomes } : {}),
});

const soda: VendorKit = {
  vendor: "soda",
  readOperation: "getScanStatus",
  triggerOperation: "triggerScan",
  triggerInput: { definition: "orders_checks" },
  errorBody: (status) => ({ code: String(status), message: `Soda answered ${status}` }),
  drift: {
    statusWord: (body, word) => ({ ...asObject(body), state: word }),
    dropRequiredField: (body) => {
      const { state: _state, ...rest } = asObject(body);
      return rest;
    },
    extraFields: (body) => {
      const object = asObject(body);
      return { ...object, ...extra, scanDefinition: { ...asObject(object.scanDefinition), ...extra } };
    },
  },
  create(options) {
    const simulator = createSodaSimulator({
      clock: options.clock,
      credentials: testCredentials.soda,
      ...timing(options),
    });
    const adapter = createSodaAdapter({
      apiKeyId: testCredentials.soda.apiKeyId,
      apiKeySecret: options.credentials === "invalid" ? invalidSecretsOf.soda[0]! : testCredentials.soda.apiKeySecret,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...commonSettings(options, simulator),
    });
    return { vendor: "soda", simulator, adapter };
  },
};

const projectdiscovery: VendorKit = {
  vendor: "projectdiscovery",
  readOperation: "getScan",
  triggerOperation: "triggerScan",
  triggerInput: { targets: ["scanme.example.com"], name: "reliability" },
  errorBody: (status) => ({
    message: `ProjectDiscovery answered ${status}`,
    kind: status === 401 ? "unauthorized" : "error",
    error_id: "e0000000000000fault",
    status,
  }),
  drift: {
    statusWord: (body, word) => ({ ...asObject(body), status: word }),
    dropRequiredField: (body) => {
      const { status: _status, ...rest } = asObject(body);
      return rest;
    },
    extraFields: (body) => ({ ...asObject(body), ...extra }),
  },
  create(options) {
    const simulator = createProjectDiscoverySimulator({
      clock: options.clock,
      credentials: testCredentials.projectdiscovery,
      ...timing(options),
    });
    const adapter = createProjectDiscoveryAdapter({
      apiKey:
        options.credentials === "invalid"
          ? invalidSecretsOf.projectdiscovery[0]!
          : testCredentials.projectdiscovery.apiKey,
      teamId: testCredentials.projectdiscovery.teamId,
      baseUrl: options.baseUrl ?? "https://api.projectdiscovery.io",
      ...commonSettings(options, simulator),
    });
    return { vendor: "projectdiscovery", simulator, adapter };
  },
};

/** Halo's in-progress list: `{request, pagination, list: [...]}`; drift goes into each listed scan. */
const mapHaloList = (body: unknown, change: (item: Json) => Json): Json => {
  const object = asObject(body);
  const list = Array.isArray(object.list) ? object.list : [];
  return { ...object, list: list.map((item) => change(asObject(item))) };
};

const halo: VendorKit = {
  vendor: "halo",
  readOperation: "listInProgressScans",
  triggerOperation: "startScan",
  triggerInput: { targetId: 1 },
  errorBody: (status) => ({ code: 0, message: `Halo answered ${status}` }),
  drift: {
    statusWord: (body, word) => mapHaloList(body, (item) => ({ ...item, status: 9, status_display: word })),
    dropRequiredField: (body) =>
      mapHaloList(body, (item) => {
        const { scan_id: _scanId, ...rest } = item;
        return rest;
      }),
    extraFields: (body) => ({ ...mapHaloList(body, (item) => ({ ...item, ...extra })), ...extra }),
  },
  create(options) {
    const simulator = createHaloSimulator({
      clock: options.clock,
      credentials: [testCredentials.halo.apiKey],
      ...timing(options),
    });
    const adapter = createHaloAdapter({
      apiKey: options.credentials === "invalid" ? invalidSecretsOf.halo[0]! : testCredentials.halo.apiKey,
      baseUrl: options.baseUrl ?? "https://api.halosecurity.com",
      ...commonSettings(options, simulator),
    });
    return { vendor: "halo", simulator, adapter };
  },
};

const telmaiCodes: Readonly<Record<number, string>> = {
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  429: "RATE_LIMITED",
};

/** Telmai's envelope: `{data, error, meta}`; the assets' read has a list in `data`: drift goes into each asset. */
const mapTelmaiAssets = (body: unknown, change: (asset: Json) => Json): Json => {
  const object = asObject(body);
  return { ...object, data: (Array.isArray(object.data) ? object.data : []).map((asset) => change(asObject(asset))) };
};
const withRunWord = (run: unknown, word: string) => (run ? { ...asObject(run), status: word } : run);

const telmai: VendorKit = {
  vendor: "telmai",
  readOperation: "getAssetsScanStatus",
  triggerOperation: "runScan",
  triggerInput: {},
  errorBody: (status) => ({
    data: null,
    error: { code: telmaiCodes[status] ?? "INTERNAL_ERROR", message: `Telmai answered ${status}`, details: null },
    meta: { requestId: "req-fault", timestamp: "2026-01-01T00:00:00.000Z" },
  }),
  drift: {
    statusWord: (body, word) =>
      mapTelmaiAssets(body, (asset) => ({
        ...asset,
        status: word,
        currentRun: withRunWord(asset.currentRun, word),
        lastRun: withRunWord(asset.lastRun, word),
      })),
    dropRequiredField: (body) =>
      mapTelmaiAssets(body, (asset) => {
        const { status: _status, ...rest } = asset;
        return rest;
      }),
    extraFields: (body) => ({ ...mapTelmaiAssets(body, (asset) => ({ ...asset, ...extra })), ...extra }),
  },
  create(options) {
    const assets =
      options.telmaiAssets === undefined
        ? undefined
        : Array.from({ length: options.telmaiAssets }, (_, index) => ({
            assetName: `asset_${index + 1}`,
            monitors: 2,
          }));
    const simulator = createTelmaiSimulator({
      clock: options.clock,
      credentials: [{ token: testCredentials.telmai.token, role: "admin" }],
      // Runs that carry their execution's id: these suites start many scans at once, whose batches
      // of their own (the simulator's default) no link by start time could tell apart.
      jobIds: "execution",
      ...timing(options),
      ...(assets ? { assets } : {}),
    });
    const adapter = createTelmaiAdapter({
      baseUrl: options.baseUrl ?? "https://telmai.example.com",
      token: options.credentials === "invalid" ? invalidSecretsOf.telmai[0]! : testCredentials.telmai.token,
      ...commonSettings(options, simulator),
    });
    return { vendor: "telmai", simulator, adapter };
  },
};

export const vendorKits: Readonly<Record<TestedVendor, VendorKit>> = { soda, projectdiscovery, halo, telmai };
