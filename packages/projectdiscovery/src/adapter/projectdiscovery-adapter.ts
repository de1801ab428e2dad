import {
  type CallOptions,
  type CommonAdapterSettings,
  InvalidRequestError,
  type ListScansQuery,
  type Scan,
  type ScanAdapter,
  type ScanRef,
  type TriggerInput,
  VendorResponseError,
} from "@scanstat/core";
import {
  applyListing,
  operationRateLimits,
  parseTriggerInput,
  readListing,
  requireScanId,
} from "@scanstat/core/adapter-kit";
import { findProjectDiscoveryScans } from "./find-projectdiscovery-scans.js";
import { manifest } from "../manifest.js";
import { mapProjectDiscoveryScan } from "./map-projectdiscovery-scan.js";
import {
  createProjectDiscoveryClient,
  type ProjectDiscoveryClient,
  type ProjectDiscoveryTriggerScanRequest,
  projectDiscoveryDefaultBaseUrl,
} from "../client/projectdiscovery-client.js";
import type { ProjectDiscoveryScan } from "../client/projectdiscovery-schemas.js";

/** The app that shows the production API's scans. */
const projectDiscoveryDefaultAppUrl = "https://cloud.projectdiscovery.io";

export interface ProjectDiscoveryAdapterSettings extends CommonAdapterSettings {
  /** `PDCP_API_KEY`. Required. */
  apiKey?: string;
  /** `PDCP_TEAM_ID`. */
  teamId?: string;
  /**
   * Where scans' pages live (`{appUrl}/scans/{id}`). Defaults to the cloud app when the base URL
   * is the production API; no links otherwise (a sandbox has no app).
   */
  appUrl?: string;
}

/** Statuses that are not terminal and that the list's `status` filter accepts, busiest first. */
const activeStatuses = ["running", "starting", "queued", "scheduled"] as const;

/** What starts a ProjectDiscovery scan: `triggerScan` checks its input against the manifest and reads it as this. */
export type ProjectDiscoveryTriggerInput = {
  /** Hosts, URLs or IPs to scan: at least one. */
  targets: string[];
  /** Nuclei templates or template folders to run (default: the platform's choice). */
  templates?: string[];
  /** The scan's name. */
  name?: string;
};

/** The list filters `listScans` reads from `query.filters`. */
export type ProjectDiscoveryListFilters = {
  /** Free-text search of the scans. */
  search?: string;
};

export function createProjectDiscoveryAdapter(settings: ProjectDiscoveryAdapterSettings = {}): ScanAdapter {
  const client: ProjectDiscoveryClient = createProjectDiscoveryClient(settings);
  const appUrl =
    settings.appUrl ?? (client.baseUrl === projectDiscoveryDefaultBaseUrl ? projectDiscoveryDefaultAppUrl : undefined);
  const toScan = (item: ProjectDiscoveryScan): Scan =>
    mapProjectDiscoveryScan(item, {
      ...(settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {}),
      ...(appUrl ? { appUrl } : {}),
    });

  async function getScan(givenId: string, options?: CallOptions): Promise<Scan> {
    const id = requireScanId(givenId, { vendor: "projectdiscovery", operation: "getScan" });
    const item = await client.getScan(id, options);
    if (item.scan_id !== id) {
      throw new VendorResponseError(`projectdiscovery getScan: the answer is about scan ${item.scan_id}, not ${id}`, {
        vendor: "projectdiscovery",
        operation: "getScan",
        field: "scan_id",
      });
    }
    return toScan(item);
  }

  function notRunning(id: string, scan: Scan): InvalidRequestError {
    return new InvalidRequestError(
      `projectdiscovery: scan ${id} is ${scan.vendorState}, only a running scan can be stopped`,
      { vendor: "projectdiscovery", operation: "cancelScan" },
    );
  }

  return {
    vendor: "projectdiscovery",
    capabilities: Object.freeze({ ...manifest.capabilities }),
    rateLimits: Object.freeze(operationRateLimits(manifest.rateLimits.operations, client.rateLimits)),

    getScan,

    getScans(ids, options) {
      return findProjectDiscoveryScans(ids, { client, toScan, getScan }, options);
    },

    async triggerScan(input: TriggerInput, options?: CallOptions): Promise<ScanRef> {
      const { targets, templates, name } = parseTriggerInput<ProjectDiscoveryTriggerInput>(manifest, input);
      const request: ProjectDiscoveryTriggerScanRequest = {
        targets,
        ...(templates ? { templates } : {}),
        ...(name ? { name } : {}),
      };
      const answer = await client.triggerScan(request, options);
      const id = answer.id?.trim();
      if (!id) {
        throw new VendorResponseError('projectdiscovery triggerScan: unexpected response: field "id" missing', {
          vendor: "projectdiscovery",
          operation: "triggerScan",
          field: "id",
          mayHaveActed: true,
          hint: "the scan may have started: look at the vendor's active scans before triggering again",
          hintCode: "list-active-scans",
        });
      }
      return { vendor: "projectdiscovery", id };
    },

    async cancelScan(givenId: string, options?: CallOptions): Promise<void> {
      const id = requireScanId(givenId, { vendor: "projectdiscovery", operation: "cancelScan" });
      // The vendor stops running scans only ("not applied in any other state"): say so, never succeed silently.
      const before = await getScan(id, options);
      if (before.state !== "running") throw notRunning(id, before);
      try {
        await client.stopScan(id, options);
      } catch (error) {
        if (!InvalidRequestError.isInstance(error)) throw error;
        // It ended (or moved) between the look and the stop.
        const after = await getScan(id, options);
        throw after.state === "running" ? error : notRunning(id, after);
      }
    },

    async *listScans(query: ListScansQuery = {}, options?: CallOptions): AsyncGenerator<Scan> {
      const listing = readListing(manifest, query);
      const { search } = listing.filters as ProjectDiscoveryListFilters;
      const pageSize = Math.min(100, listing.limit);
      const statuses: ReadonlyArray<string | undefined> = listing.active ? activeStatuses : [undefined];
      async function* everyScan(): AsyncGenerator<Scan> {
        const seen = new Set<string>();
        for (const status of statuses) {
          const pages = client.listScanPages(
            { sort_desc: "created_at", ...(status ? { status } : {}), ...(search ? { search } : {}) },
            { ...options, pageSize },
          );
          for await (const page of pages) {
            for (const item of page.data ?? []) {
              // Scans move between the passes and pages shift: each scan once (the listing re-checks `active`).
              if (seen.has(item.scan_id)) continue;
              seen.add(item.scan_id);
              yield toScan(item);
            }
          }
        }
      }
      yield* applyListing(everyScan(), listing);
    },
  };
}
