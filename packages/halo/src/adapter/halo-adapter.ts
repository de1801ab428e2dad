import {
  type CallOptions,
  InvalidRequestError,
  type ListScansQuery,
  NotFoundError,
  type Scan,
  type ScanAdapter,
  type ScanLookup,
  type ScanRef,
  ScanstatError,
  systemClock,
  type TriggerInput,
  VendorError,
  VendorResponseError,
} from "@scanstat/core";
import {
  applyListing,
  createBoundedMap,
  operationRateLimits,
  parseTriggerInput,
  readListing,
  requireScanId,
} from "@scanstat/core/adapter-kit";
import {
  createHaloClient,
  type HaloClient,
  type HaloClientSettings,
  type HaloScanType,
} from "../client/halo-client.js";
import { haloDateToMinute } from "../client/halo-dates.js";
import { haloMaxPageSize, paginateHalo } from "../client/halo-pagination.js";
import { confirmHaloScanEnding, type HaloTargetEvents } from "./halo-scan-events.js";
import type { HaloEvent, HaloInProgressScan, HaloScanDetailsResponse } from "../client/halo-schemas.js";
import { mapHaloInProgressScan, mapHaloScanDetails, mapHaloScanListItem } from "./map-halo-scan.js";
import { manifest } from "../manifest.js";

/** Common settings plus `apiKey` (`HALO_API_KEY`); `baseUrl` is `HALO_BASE_URL`. */
export type HaloAdapterSettings = HaloClientSettings;

export interface HaloAdapter extends ScanAdapter {
  readonly vendor: "halo";
  readonly client: HaloClient;
  getScans(ids: readonly string[], options?: CallOptions): Promise<ScanLookup[]>;
  triggerScan(input: TriggerInput, options?: CallOptions): Promise<ScanRef>;
  cancelScan(id: string, options?: CallOptions): Promise<void>;
  listScans(query?: ListScansQuery, options?: CallOptions): AsyncIterable<Scan>;
}

/** What starts a Halo scan: `triggerScan` checks its input against the manifest and reads it as this. */
export type HaloTriggerInput = {
  /** The id of the target to scan: a positive whole number (a string of digits is read as one). */
  targetId: number;
};

/** The list filters `listScans` reads from `query.filters`. */
export type HaloListFilters = {
  /** Which scans: current (default), recent, prior or all; ignored with `active`. */
  type?: HaloScanType;
};

/** A target's events are read in at most this many pages of 1000: beyond, the ending is unconfirmed. */
const haloEventPageLimit = 10;

/**
 * Errors that make a target's events unreadable for good (no such endpoint, no permission, a body
 * that does not fit): the scan then ends without a verdict. Others (network, 5xx, 429, auth) are
 * the lookup's error, so a watch looks again.
 */
const eventsUnreadableCodes = new Set(["permission", "not_found", "invalid_request", "bad_response"]);

/** Reads for one look at many scans: one events read per target, shared by its scans. */
type EventsCache = Map<string, Promise<HaloTargetEvents>>;

/** Looks for a started scan in the in-progress list: at once, then after these delays (ms). */
const startedScanLookDelays = [0, 1000, 2000, 4000];

/**
 * The Halo Security adapter. Halo is the odd vendor: it has no scan status field.
 *
 * - State is composite: a scan listed by `scan/inprogress-list.json` is queued or running (its
 *   `status_display` kept verbatim); a scan not listed but answered by `scan/get.json` is
 *   completed, with the verdict from `severityPolicy`; a scan in neither is NotFoundError.
 * - How a finished scan ended comes from Halo's events (`event/list.json` of its target): a
 *   "Scan Complete" in the scan's window gives the verdict, "Scan Failed" makes it failed, and no
 *   confirmation (a canceled scan has no ending event) ends it WITHOUT a verdict, never a pass
 *   (see `confirmHaloScanEnding`). The cancels this adapter sent are remembered too, so those
 *   scans read `canceled`; that memory is never the only thing that keeps a scan from passing.
 * - `getScans` reads the whole in-progress list once (1000 per page); only scans that left it
 *   cost a get.json each, plus one events read per target: watching many scans costs one list
 *   call per poll while they run.
 * - Start and cancel are GETs that act: they are never repeated after an ambiguous failure.
 */
export function createHaloAdapter(settings: HaloAdapterSettings): HaloAdapter {
  const client = createHaloClient(settings);
  const clock = settings.clock ?? systemClock;
  const cancelRequestedHere = createBoundedMap<string, true>(10_000);
  // get.json names only a target id: keep the host we saw while the scan ran.
  const targetOfScan = createBoundedMap<string, string>(10_000);
  // …and its target id, should get.json ever leave it out (the events are read by target).
  const targetIdOfScan = createBoundedMap<string, number | string>(10_000);

  const rateLimits = operationRateLimits(manifest.rateLimits.operations, client.rateLimits);

  function fromInProgress(item: HaloInProgressScan): Scan {
    if (item.target_name) targetOfScan.set(item.scan_id, item.target_name);
    if (item.target_id !== undefined) targetIdOfScan.set(item.scan_id, item.target_id);
    return mapHaloInProgressScan(item, { cancelRequestedHere: cancelRequestedHere.has(item.scan_id) });
  }

  /** Every event of a target, up to `haloEventPageLimit` pages; unreadable for good → a reason. */
  async function readTargetEvents(targetId: string, options?: CallOptions): Promise<HaloTargetEvents> {
    const events: HaloEvent[] = [];
    let pages = 0;
    let truncated = false;
    const fetchPage = async (start: number, limit: number) => {
      if (pages === haloEventPageLimit) {
        truncated = true;
        return { list: [] };
      }
      pages++;
      const page = await client.listEventsPage({ target_id: Number(targetId), start, limit }, options);
      return { ...page, list: page.list.map((item) => item.event) };
    };
    try {
      for await (const event of paginateHalo(fetchPage, (event) => String(event.event_id), { limit: haloMaxPageSize }))
        events.push(event);
    } catch (error) {
      if (ScanstatError.isInstance(error) && eventsUnreadableCodes.has(error.code)) {
        return { readable: false, reason: `Halo's events could not be read (${client.redact(error.message)})` };
      }
      throw error;
    }
    return { readable: true, events, truncated };
  }

  async function fromDetails(body: HaloScanDetailsResponse, cache: EventsCache, options?: CallOptions): Promise<Scan> {
    const scanId = body.scan.scan_id;
    const target = targetOfScan.get(scanId);
    const rawTargetId = body.scan.target_id ?? targetIdOfScan.get(scanId);
    const targetId =
      rawTargetId !== undefined && /^\d+$/.test(String(rawTargetId).trim()) ? String(rawTargetId).trim() : undefined;
    let targetEvents: HaloTargetEvents = { readable: false, reason: "Halo gave the scan no target id" };
    if (targetId !== undefined) {
      let read = cache.get(targetId);
      if (!read) {
        read = readTargetEvents(targetId, options);
        cache.set(targetId, read);
      }
      targetEvents = await read;
    }
    return mapHaloScanDetails(body, {
      cancelRequestedHere: cancelRequestedHere.has(scanId),
      ending: confirmHaloScanEnding(haloDateToMinute(body.scan.date), targetId, targetEvents),
      ...(settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {}),
      ...(target ? { target } : {}),
    });
  }

  /** Every scan in progress, by id. Ids are compared here: a filter we did not check is not trusted. */
  async function inProgressById(options?: CallOptions): Promise<Map<string, HaloInProgressScan>> {
    const running = new Map<string, HaloInProgressScan>();
    for await (const item of client.listInProgressScans({ limit: haloMaxPageSize }, options)) {
      running.set(item.scan_id, item);
    }
    return running;
  }

  async function findInProgress(id: string, options?: CallOptions): Promise<HaloInProgressScan | undefined> {
    for await (const item of client.listInProgressScans({ scan_id: id, limit: haloMaxPageSize }, options)) {
      if (item.scan_id === id) return item;
    }
    return undefined;
  }

  async function readFinished(id: string, cache: EventsCache, options?: CallOptions): Promise<Scan> {
    let body: HaloScanDetailsResponse;
    try {
      body = await client.getScan(id, options);
    } catch (error) {
      if (NotFoundError.isInstance(error)) {
        throw new NotFoundError(`halo scan ${id} not found: it is neither in progress nor known to scan/get.json`, {
          vendor: "halo",
          operation: "getScan",
          ...(error.status !== undefined ? { status: error.status } : {}),
        });
      }
      throw error;
    }
    if (body.scan.scan_id !== id) {
      throw new VendorResponseError(`halo getScan: asked for scan ${id}, got scan ${body.scan.scan_id}`, {
        vendor: "halo",
        operation: "getScan",
        field: "scan.scan_id",
      });
    }
    return fromDetails(body, cache, options);
  }

  function parseTargetId(input: TriggerInput): number {
    const { targetId } = parseTriggerInput<HaloTriggerInput>(manifest, input);
    // The kit checks it is a whole number; Halo's ids start at 1.
    if (targetId <= 0) {
      throw new InvalidRequestError(`halo triggerScan: "targetId" must be a positive whole number, got ${targetId}`, {
        vendor: "halo",
        operation: "triggerScan",
      });
    }
    return targetId;
  }

  /** start.json may succeed without naming the scan: find it in the in-progress list by its target. */
  async function findStartedScan(
    targetId: number,
    message: string | undefined,
    options?: CallOptions,
  ): Promise<string> {
    for (const delay of startedScanLookDelays) {
      if (delay > 0) await clock.sleep(delay, options?.signal);
      let newest: HaloInProgressScan | undefined;
      for await (const item of client.listInProgressScans({ target_id: targetId, limit: haloMaxPageSize }, options)) {
        if (String(item.target_id) !== String(targetId)) continue;
        if (!newest || (item.date ?? "") >= (newest.date ?? "")) newest = item;
      }
      if (newest) {
        if (newest.target_name) targetOfScan.set(newest.scan_id, newest.target_name);
        return newest.scan_id;
      }
    }
    const said = message ? ` (Halo answered "${client.redact(message)}")` : "";
    throw new VendorError(
      `halo started a scan on target ${targetId}${said} but no scan on that target is in progress`,
      {
        vendor: "halo",
        operation: "triggerScan",
        mayHaveActed: true,
        hint: "look at Halo's active and recent scans before starting again",
        hintCode: "list-active-scans",
        hintSubject: String(targetId),
      },
    );
  }

  return {
    vendor: "halo",
    capabilities: manifest.capabilities,
    rateLimits,
    client,

    async getScan(id, options) {
      const scanId = requireScanId(id, { vendor: "halo", operation: "getScan" });
      const listed = await findInProgress(scanId, options);
      return listed ? fromInProgress(listed) : readFinished(scanId, new Map(), options);
    },

    async getScans(ids, options) {
      let running = new Map<string, HaloInProgressScan>();
      try {
        // Blank ids are refused below without a request: a batch of only those costs none.
        if (ids.some((id) => typeof id === "string" && id.trim() !== "")) running = await inProgressById(options);
      } catch (error) {
        if (ScanstatError.isInstance(error)) return ids.map((id) => ({ id, ok: false, error }));
        throw error;
      }
      // Only scans that left the in-progress list cost a get.json, once per distinct id, and
      // one events read per target.
      const eventsOfTarget: EventsCache = new Map();
      const lookups = new Map<string, Promise<ScanLookup>>();
      for (const id of ids) {
        if (lookups.has(id)) continue;
        const lookup = (async (): Promise<ScanLookup> => {
          try {
            const scanId = requireScanId(id, { vendor: "halo", operation: "getScans" });
            const listed = running.get(scanId);
            return {
              id,
              ok: true,
              scan: listed ? fromInProgress(listed) : await readFinished(scanId, eventsOfTarget, options),
            };
          } catch (error) {
            if (ScanstatError.isInstance(error)) return { id, ok: false, error };
            throw error;
          }
        })();
        lookups.set(id, lookup);
      }
      const answered = new Map((await Promise.all(lookups.values())).map((lookup) => [lookup.id, lookup]));
      return ids.map((id) => answered.get(id)!);
    },

    async triggerScan(input, options) {
      const targetId = parseTargetId(input);
      const answer = await client.startScan(targetId, options);
      // "Scan Already In Progress (<id>)" is not a failure: that scan is the one to watch.
      const scanId = answer.alreadyInProgressScanId ?? answer.body.scan_id?.trim();
      if (scanId) return { vendor: "halo", id: scanId };
      return { vendor: "halo", id: await findStartedScan(targetId, answer.body.message, options) };
    },

    async cancelScan(id, options) {
      const scanId = requireScanId(id, { vendor: "halo", operation: "cancelScan" });
      try {
        await client.cancelScan(scanId, options);
      } catch (error) {
        if (!NotFoundError.isInstance(error)) throw error;
        // Halo answers 404 for any scan not in progress: say whether it finished or never existed.
        const finished = await client.getScan(scanId, options).then(
          () => true,
          (readError: unknown) => {
            if (NotFoundError.isInstance(readError)) return false;
            throw readError;
          },
        );
        if (!finished)
          throw new NotFoundError(`halo scan ${scanId} not found`, {
            vendor: "halo",
            operation: "cancelScan",
            status: 404,
          });
        throw new InvalidRequestError(`halo scan ${scanId} is not in progress: Halo cancels only scans in progress`, {
          vendor: "halo",
          operation: "cancelScan",
          status: 404,
        });
      }
      cancelRequestedHere.set(scanId, true);
    },

    async *listScans(query = {}, options) {
      const listing = readListing(manifest, query);
      const pageSize = Math.min(listing.limit, haloMaxPageSize);
      if (listing.active) {
        yield* applyListing(mapEach(client.listInProgressScans({ limit: pageSize }, options), fromInProgress), listing);
        return;
      }
      const { type = "current" } = listing.filters as HaloListFilters;
      // One read of the in-progress list tells running entries from finished ones; finished
      // entries carry no result (one get.json each: left to getScan / getScans).
      const running = await inProgressById(options);
      const scans = mapEach(client.listScans({ type, limit: pageSize }, options), (item) =>
        mapHaloScanListItem(item, running.get(item.scan.scan_id), {
          cancelRequestedHere: cancelRequestedHere.has(item.scan.scan_id),
        }),
      );
      yield* applyListing(scans, listing);
    },
  };
}

/** Maps items as they come, so a listing that stops early reads no further page. */
async function* mapEach<Item>(items: AsyncIterable<Item>, map: (item: Item) => Scan): AsyncGenerator<Scan> {
  for await (const item of items) yield map(item);
}
