import { jsonResponse, type SimulatorRoute } from "@scanstat/core/testing";
import { haloDefaultPageSize, haloMaxPageSize } from "../client/halo-pagination.js";
import { haloError } from "./halo-simulator-errors.js";
import type { HaloSimulatedEvent, HaloSimulatorScans } from "./halo-simulator-scans.js";

/**
 * `event/list.json`: the events every scan has produced by now, filtered by `target_id`, `key`
 * and `subject` (documented filters; `detail` is accepted and ignored), paged with
 * `start` / `limit`. `sort` 0 = name (documented): read as the subject, so the list is NOT in time
 * order (assumed; see testing/README.md).
 */
export function haloEventRoutes(scans: HaloSimulatorScans): SimulatorRoute[] {
  return [
    {
      method: "GET",
      path: "/api/v1/event/list.json",
      operation: "listEvents",
      handle: ({ url, now }) => {
        const parameters = url.searchParams;
        const integer = (name: string): number | undefined | null => {
          const value = parameters.get(name);
          if (value === null || value === "") return undefined;
          return /^\d+$/.test(value) ? Number(value) : null;
        };
        const targetId = integer("target_id");
        const start = integer("start");
        const limit = integer("limit");
        for (const [name, value] of [
          ["target_id", targetId],
          ["start", start],
          ["limit", limit],
        ] as const) {
          if (value === null) return haloError(400, `invalid ${name}`);
        }
        const key = parameters.get("key") || undefined;
        const subject = parameters.get("subject") || undefined;
        const events: HaloSimulatedEvent[] = scans.scans
          .filter((scan) => targetId === undefined || scan.targetId === targetId)
          .flatMap((scan) => scans.events(scan, now))
          .filter(
            (event) => (key === undefined || event.key === key) && (subject === undefined || event.subject === subject),
          );
        events.sort(
          (a, b) =>
            a.subject.localeCompare(b.subject) ||
            a.date_created.localeCompare(b.date_created) ||
            a.event_id.localeCompare(b.event_id),
        );
        if (parameters.get("sort_desc") === "1") events.reverse();
        const from = start ?? 0;
        const size = Math.min(Math.max(limit ?? haloDefaultPageSize, 1), haloMaxPageSize);
        return jsonResponse({
          request: Object.fromEntries(parameters),
          pagination: { total: events.length, start: from, limit: size },
          list: events.slice(from, from + size).map((event) => ({ event })),
        });
      },
    },
  ];
}
