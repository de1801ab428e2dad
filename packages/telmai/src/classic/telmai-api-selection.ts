import {
  type CallOptions,
  type CommonAdapterSettings,
  ConfigError,
  type ScanAdapter,
  type ScanLookup,
  ScanstatError,
  type TriggerInput,
} from "@scanstat/core";
import { createTelmaiAdapter } from "../adapter/telmai-adapter.js";
import { createTelmaiClient } from "../client/telmai-client.js";
import { readTelmaiEnvironment } from "../telmai-environment.js";
import { createTelmaiClassicAdapter } from "./adapter/telmai-classic-adapter.js";
import { createTelmaiClassicClient } from "./client/telmai-classic-client.js";
import { isTelmaiClassicScanId } from "./adapter/telmai-classic-scan-id.js";
import { readTelmaiClassicEnvironment } from "./telmai-classic-environment.js";

// The CLI loads this one entry for Telmai: both products' budgets are the same classes.
export { telmaiDefaultRateLimits } from "../telmai-rate-limits.js";

/** Which Telmai product the settings reach. */
export type TelmaiApi = "classic" | "fabric";

/** Every variable either product reads (for a front end to show which are set, never their values). */
export const telmaiApiVariables = [
  "TELMAI_API",
  "TELMAI_API_KEY",
  "TELMAI_TENANT",
  "TELMAI_TOKEN",
  "TELMAI_BASE_URL",
] as const;

type Variables = Readonly<Record<string, string | undefined>>;

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== "";

/**
 * `TELMAI_API=classic|fabric` forces one product. Otherwise the credentials choose:
 * `TELMAI_API_KEY` / `TELMAI_TENANT` mean classic (docs.telm.ai), `TELMAI_TOKEN` means Telmai for
 * Microsoft Fabric; both sets at once mean `both` (see `createTelmaiAdapterFromEnvironment`).
 */
export function selectTelmaiApi(env: Variables): TelmaiApi | "both" {
  const forced = env.TELMAI_API?.trim().toLowerCase();
  if (forced) {
    if (forced === "classic" || forced === "fabric") return forced;
    throw new ConfigError(`telmai: TELMAI_API must be classic or fabric (got "${env.TELMAI_API?.trim()}")`, {
      vendor: "telmai",
    });
  }
  const classic = isSet(env.TELMAI_API_KEY) || isSet(env.TELMAI_TENANT);
  const fabric = isSet(env.TELMAI_TOKEN);
  if (classic && fabric) return "both";
  return classic ? "classic" : "fabric";
}

/** An asset given to Fabric: say which credentials reach classic, rather than "takes no options". */
function refuseAsset(input: TriggerInput): void {
  if (input.assetId !== undefined) {
    throw new ConfigError(
      "telmai: an asset to scan is for Telmai classic (set TELMAI_API_KEY and TELMAI_TENANT); TELMAI_TOKEN reaches Telmai for Fabric, which scans the whole workspace",
      // No hint code: the asset was given; the credentials, not the input, are what is missing.
      { vendor: "telmai", operation: "triggerScan" },
    );
  }
}

/**
 * The Telmai adapter the variables select. With both credential sets and no `TELMAI_API`, one
 * adapter serves both products: classic ids (`<asset>~<job>`) and triggers with an `assetId` go to
 * classic, everything else (execution ids, triggers without an asset, `list`) to Fabric. A bare
 * classic job id then reads as a Fabric id: force `TELMAI_API=classic` to follow one.
 */
export function createTelmaiAdapterFromEnvironment(env: Variables, common: CommonAdapterSettings = {}): ScanAdapter {
  const api = selectTelmaiApi(env);
  if (api === "classic") return createTelmaiClassicAdapter({ ...readTelmaiClassicEnvironment(env), ...common });
  const fabric = createTelmaiAdapter({ ...readTelmaiEnvironment(env), ...common });
  const fabricTrigger = fabric.triggerScan.bind(fabric);
  if (api === "fabric") {
    return {
      ...fabric,
      triggerScan(input = {}, options) {
        refuseAsset(input);
        return fabricTrigger(input, options);
      },
    };
  }
  const classic = createTelmaiClassicAdapter({ ...readTelmaiClassicEnvironment(env), ...common });
  const product = (id: string): ScanAdapter => (isTelmaiClassicScanId(id) ? classic : fabric);
  return {
    vendor: "telmai",
    capabilities: { ...fabric.capabilities },
    rateLimits: fabric.rateLimits,
    getScan: (id, options) => product(id).getScan(id, options),
    async getScans(ids, options) {
      const fabricIds = ids.filter((id) => !isTelmaiClassicScanId(id));
      const fabricLookups = new Map<string, ScanLookup>();
      if (fabricIds.length > 0)
        for (const lookup of await fabric.getScans(fabricIds, options)) fabricLookups.set(lookup.id, lookup);
      return Promise.all(
        ids.map(async (id): Promise<ScanLookup> => {
          if (!isTelmaiClassicScanId(id)) return fabricLookups.get(id)!;
          try {
            return { id, ok: true, scan: await classic.getScan(id, options) };
          } catch (error) {
            if (!ScanstatError.isInstance(error)) throw error;
            return { id, ok: false, error };
          }
        }),
      );
    },
    triggerScan(input = {}, options) {
      return input.assetId !== undefined ? classic.triggerScan(input, options) : fabricTrigger(input, options);
    },
    listScans: (query, options) => fabric.listScans(query, options),
  };
}

/**
 * A credentials check: one documented read per product the variables reach, never a
 * POST. Classic: the incidents of an empty time window (a read every tenant user may make, and
 * tiny); Fabric: one asset's scan status. Resolves to which product answered.
 */
export async function checkTelmaiCredentials(
  env: Variables,
  common: CommonAdapterSettings,
  options: CallOptions,
): Promise<string | undefined> {
  const api = selectTelmaiApi(env);
  if (api !== "fabric") {
    const client = createTelmaiClassicClient({ ...readTelmaiClassicEnvironment(env), ...common });
    const now = new Date().toISOString();
    await client.listIncidents({ fromTime: now, toTime: now }, options);
  }
  if (api !== "classic") {
    const client = createTelmaiClient({ ...readTelmaiEnvironment(env), ...common });
    await client.getAssetsScanStatus({ pageSize: 1 }, options);
  }
  return api === "both" ? "Telmai classic and Telmai for Fabric" : api === "classic" ? "Telmai classic" : undefined;
}
