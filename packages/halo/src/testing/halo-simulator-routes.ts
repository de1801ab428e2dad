import { jsonResponse, type SimulatorRoute } from "@scanstat/core/testing";
import { haloStartTargetParameter } from "../client/halo-client.js";
import { haloDefaultPageSize, haloMaxPageSize } from "../client/halo-pagination.js";
import { haloError } from "./halo-simulator-errors.js";
import { haloEventRoutes } from "./halo-simulator-event-routes.js";
import type { HaloSimulatedOutcome, HaloSimulatedScan, HaloSimulatorScans } from "./halo-simulator-scans.js";

export { haloError };

export interface HaloRouteContext {
  scans: HaloSimulatorScans;
  /** The outcome and timing of the next triggered scan (counts it as triggered). */
  nextTriggered(): { outcome: HaloSimulatedOutcome; queuedMs: number; durationMs: number };
  /** Halo answers "Scan Already In Progress" with 200 or with 400: both are documented. */
  alreadyInProgressStatus(): 200 | 400;
}

type Integer = number | undefined | { invalid: string };

function integerParameter(url: URL, name: string): Integer {
  const value = url.searchParams.get(name);
  if (value === null || value === "") return undefined;
  return /^\d+$/.test(value) ? Number(value) : { invalid: name };
}

function isInvalid(value: Integer): value is { invalid: string } {
  return typeof value === "object";
}

/** `start` / `limit` paging with the envelope `{request, pagination, list}`. */
function page(url: URL, items: readonly unknown[]): Response {
  const start = integerParameter(url, "start");
  const limit = integerParameter(url, "limit");
  if (isInvalid(start)) return haloError(400, "invalid start");
  if (isInvalid(limit)) return haloError(400, "invalid limit");
  const from = start ?? 0;
  const size = Math.min(Math.max(limit ?? haloDefaultPageSize, 1), haloMaxPageSize);
  return jsonResponse({
    request: Object.fromEntries(url.searchParams),
    pagination: { total: items.length, start: from, limit: size },
    list: items.slice(from, from + size),
  });
}

function sorted<T>(url: URL, items: T[]): T[] {
  return url.searchParams.get("sort_desc") === "1" ? items.reverse() : items;
}

/** scan/list.json `type` (inference: the page only names them). */
function scansOfType(scans: readonly HaloSimulatedScan[], type: string): HaloSimulatedScan[] {
  const byTarget = new Map<number, HaloSimulatedScan[]>();
  for (const scan of scans) byTarget.set(scan.targetId, [...(byTarget.get(scan.targetId) ?? []), scan]);
  const newestFirst = [...byTarget.values()].map((list) => [...list].reverse());
  switch (type) {
    case "current": // the newest scan of each target
      return newestFirst.flatMap((list) => list.slice(0, 1));
    case "recent": // the newest five of each target
      return newestFirst.flatMap((list) => list.slice(0, 5));
    case "prior": // every scan but the newest of each target
      return newestFirst.flatMap((list) => list.slice(1));
    default:
      return [...scans];
  }
}

export function haloRoutes(context: HaloRouteContext): SimulatorRoute[] {
  const { scans } = context;
  return [
    // The key check: a good key gets its user (a bad one Halo's 401 body, from authenticate).
    {
      method: "GET",
      path: "/api/v1/user/me.json",
      operation: "getCurrentUser",
      handle: () => jsonResponse({ user: { email: "sandbox@example.com", name: "scanstat sandbox" } }),
    },
    {
      method: "GET",
      path: "/api/v1/scan/list.json",
      operation: "listScans",
      handle: ({ url }) => {
        const type = url.searchParams.get("type") || "current";
        if (!["current", "recent", "prior", "all"].includes(type)) return haloError(400, "invalid type");
        const chosen = scansOfType(scans.scans, type).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return page(
          url,
          sorted(url, chosen).map((scan) => scans.listItem(scan)),
        );
      },
    },
    {
      method: "GET",
      path: "/api/v1/scan/get.json",
      operation: "getScan",
      handle: ({ url, now }) => {
        const id = url.searchParams.get("scan_id");
        if (!id) return haloError(400, "scan_id required");
        const scan = scans.find(id);
        if (!scan) return haloError(404, "scan not found", 404);
        return jsonResponse(scans.details(scan, now));
      },
    },
    {
      method: "GET",
      path: "/api/v1/scan/start.json",
      operation: "startScan",
      handle: ({ url, now }) => {
        const targetId = integerParameter(url, haloStartTargetParameter);
        if (targetId === undefined) return haloError(400, `${haloStartTargetParameter} required`);
        if (isInvalid(targetId)) return haloError(400, `invalid ${haloStartTargetParameter}`);
        if (!scans.targets.has(targetId)) return haloError(404, "target not found");
        const running = scans.runningOn(targetId, now);
        if (running) return haloError(context.alreadyInProgressStatus(), `Scan Already In Progress (${running.id})`);
        const { outcome, ...timing } = context.nextTriggered();
        scans.create(targetId, outcome, timing);
        // Inference: the page documents no success body; this one names no scan id.
        return jsonResponse({ code: 0, message: "Scan Started" });
      },
    },
    {
      method: "GET",
      path: "/api/v1/scan/inprogress-list.json",
      operation: "listInProgressScans",
      handle: ({ url, now }) => {
        const targetId = integerParameter(url, "target_id");
        if (isInvalid(targetId)) return haloError(400, "invalid target_id");
        const scanId = url.searchParams.get("scan_id") || undefined;
        const listed = scans.scans.filter(
          (scan) =>
            scans.isInProgress(scan, now) &&
            (targetId === undefined || scan.targetId === targetId) &&
            (scanId === undefined || scan.id === scanId),
        );
        // sort 0 = created date (creation order).
        return page(
          url,
          sorted(url, listed).map((scan) => scans.inProgressItem(scan, now)),
        );
      },
    },
    {
      method: "GET",
      path: "/api/v1/scan/inprogress-cancel.json",
      operation: "cancelScan",
      handle: ({ url, now }) => {
        const id = url.searchParams.get("scan_id");
        if (!id) return haloError(400, "scan_id required");
        const scan = scans.find(id);
        if (!scan || !scans.isInProgress(scan, now)) return haloError(404, "scan not found", 404);
        // A canceled scan leaves the in-progress list at once; get.json still answers it.
        scan.canceledAt = now;
        // Inference: the page documents no success body.
        return jsonResponse({ code: 0, message: "Scan Canceled" });
      },
    },
    // Events: "Scan Started", "Scan Complete", "Scan Failed" (none for a canceled scan).
    ...haloEventRoutes(scans),
  ];
}
