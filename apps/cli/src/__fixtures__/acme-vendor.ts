import { AuthError, type ScanAdapter, type ScanState, type VendorId } from "@scanstat/core";
import {
  type CreateSandboxSimulator,
  readEnvironment,
  type VendorManifest,
  type VendorPlugin,
} from "@scanstat/core/adapter-kit";
import { jsonResponse, type SimulatedOutcome, Simulator, type VendorSimulator } from "@scanstat/core/testing";
import type { VendorRegistry, VendorRegistryEntry } from "../vendors/vendor-registry.js";

/**
 * A fifth vendor, written the way a vendor package is (manifest, plugin, sandbox simulator) and
 * known to nothing in the CLI: the registry tests add it with one entry and nothing else.
 */
const vendor = "acme" as VendorId;
const sandboxToken = "sandbox-acme-token";

export const acmeManifest: VendorManifest = {
  vendor,
  aliases: ["ac"],
  displayName: "Acme Scanner",
  environment: [
    { name: "ACME_TOKEN", setting: "token", required: true, secret: true, description: "API token" },
    { name: "ACME_BASE_URL", setting: "baseUrl", required: true, secret: false, description: "the API's URL" },
  ],
  trigger: {
    options: [
      { name: "project", key: "project", type: "string", required: true, description: "the project to scan" },
      { name: "depth", key: "depth", type: "integer", description: "how deep to crawl" },
    ],
    examples: [{ description: "scan the shop", input: { project: "shop", depth: 2 } }],
  },
  listFilters: [],
  rateLimits: {
    classes: { read: { requests: 30, windowMs: 60_000, documented: false } },
    operations: { getScan: "read", triggerScan: "read" },
  },
  capabilities: { trigger: true, cancel: false, list: false, logs: false, batchGet: false },
  docs: "https://acme.example/docs",
};

interface AcmeScan {
  id: string;
  project: string;
  status: "running" | "done" | "broken";
}

const stateOf: Record<AcmeScan["status"], ScanState> = { running: "running", done: "completed", broken: "failed" };

function createAcmeAdapter(token: string, baseUrl: string, fetch: typeof globalThis.fetch): ScanAdapter {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (response.status === 401) throw new AuthError("acme: the token is not valid", { vendor });
    return response.json() as Promise<Record<string, unknown>>;
  };
  return {
    vendor,
    capabilities: acmeManifest.capabilities,
    rateLimits: {},
    async getScan(id) {
      const scan = (await call("GET", `/scans/${encodeURIComponent(id)}`)) as unknown as AcmeScan;
      return { ref: { vendor, id }, state: stateOf[scan.status], vendorState: scan.status, name: scan.project, raw: scan };
    },
    async triggerScan(input) {
      const started = (await call("POST", "/scans", input)) as unknown as AcmeScan;
      return { vendor, id: started.id };
    },
  };
}

const acmePlugin: VendorPlugin = {
  manifest: acmeManifest,
  createAdapter(variables, settings) {
    const { token, baseUrl } = readEnvironment(vendor, acmeManifest.environment, variables);
    return createAcmeAdapter(token!, settings.baseUrl ?? baseUrl!, settings.fetch ?? globalThis.fetch);
  },
  async checkCredentials(variables, settings) {
    const { token, baseUrl } = readEnvironment(vendor, acmeManifest.environment, variables);
    const response = await (settings.fetch ?? globalThis.fetch)(`${baseUrl}/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status === 401) throw new AuthError("acme: the token is not valid", { vendor });
    const { account } = (await response.json()) as { account: string };
    return `account ${account}`;
  },
  // Acme's hook names a scan as `{"scan": {"ref": "<id>"}}`, and says it is done.
  readWebhook(payload, context) {
    const id = (payload as { scan?: { ref?: unknown } } | null)?.scan?.ref;
    if (typeof id !== "string") return [];
    const previous = context.previous(id);
    return previous ? [{ id, scan: { ...previous, state: "completed", vendorState: "done" } }] : [{ id }];
  },
};

/** Acme's API as a Fetch handler: `POST /scans`, `GET /scans/:id`, `GET /me`, bearer tokens. */
export class AcmeSimulator extends Simulator implements VendorSimulator {
  readonly supportedOutcomes: readonly SimulatedOutcome[] = ["pass", "failed"];
  readonly #counts: { triggered: number };
  readonly #start: (project: string, outcome: SimulatedOutcome | undefined) => AcmeScan;

  constructor(options: Parameters<CreateSandboxSimulator>[0]) {
    const scans = new Map<string, AcmeScan>();
    const counts = { triggered: 0 };
    let next = 0;
    const start = (project: string, outcome: SimulatedOutcome | undefined) => {
      const scan: AcmeScan = { id: `acme-${++next}`, project, status: outcome === "failed" ? "broken" : "done" };
      scans.set(scan.id, scan);
      return scan;
    };
    super({
      vendor,
      clock: options.clock,
      routes: [
        {
          method: "POST",
          path: "/scans",
          operation: "triggerScan",
          handle: async ({ body }) => {
            counts.triggered++;
            const { project } = ((await body()) ?? {}) as { project?: string };
            return jsonResponse(start(project ?? "default", options.outcomes?.[0]), { status: 201 });
          },
        },
        {
          method: "GET",
          path: "/scans/:id",
          operation: "getScan",
          handle: ({ params }) => {
            const scan = scans.get(params.id ?? "");
            return scan ? jsonResponse(scan) : jsonResponse({ error: "no such scan" }, { status: 404 });
          },
        },
        { method: "GET", path: "/me", operation: "me", handle: () => jsonResponse({ account: "acme sandbox" }) },
      ],
      authenticate: (request) =>
        request.headers.get("authorization") === `Bearer ${sandboxToken}`
          ? sandboxToken
          : jsonResponse({ error: "unauthorized" }, { status: 401 }),
      rateLimitedResponse: () => jsonResponse({ error: "slow down" }, { status: 429 }),
      notFoundResponse: () => jsonResponse({ error: "not found" }, { status: 404 }),
    });
    this.#counts = counts;
    this.#start = start;
  }

  get triggeredScans(): number {
    return this.#counts.triggered;
  }

  seedScan(options: { outcome?: SimulatedOutcome } = {}): string {
    return this.#start("seeded", options.outcome).id;
  }

  sandboxEnvironment(baseUrl: string): Record<string, string> {
    return { ACME_BASE_URL: baseUrl, ACME_TOKEN: sandboxToken };
  }
}

const acmeRegistryEntry: VendorRegistryEntry = {
  manifest: acmeManifest,
  loadPlugin: async () => ({ plugin: acmePlugin }),
  loadTesting: async () => ({ createSandboxSimulator: (options) => new AcmeSimulator(options) }),
};

/** The real registry with Acme added: the one line a fifth vendor takes. */
export const withAcme = (registry: VendorRegistry): VendorRegistry => [...registry, acmeRegistryEntry];
