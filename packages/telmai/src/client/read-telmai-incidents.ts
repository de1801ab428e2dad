import { type CallOptions, NotFoundError, PermissionError } from "@scanstat/core";
import type { TelmaiClient } from "./telmai-client.js";
import type { TelmaiIncidentsReading, TelmaiIncidentWindow } from "../adapter/telmai-incidents.js";
import type { TelmaiIncident } from "./telmai-schemas.js";

/** Pages of 100 one lookup reads at most: a busy workspace cannot make a round unbounded. */
export const maxIncidentPages = 10;

/**
 * `GET /api/incidents` once for every scan that ended in a lookup: one span from the earliest
 * window's start to the latest's end (all its pages, at most `maxIncidentPages`), every status (an
 * incident resolved since still breached during the scan). A read refused for good (403 without
 * `incidents:read`, 404) says why; other failures are thrown.
 */
export async function readTelmaiIncidents(
  client: TelmaiClient,
  windows: readonly TelmaiIncidentWindow[],
  options?: CallOptions,
): Promise<TelmaiIncidentsReading> {
  const span = {
    from: Math.min(...windows.map((window) => window.from)),
    to: Math.max(...windows.map((window) => window.to)),
  };
  const from = new Date(span.from).toISOString();
  const to = new Date(span.to).toISOString();
  const incidents: TelmaiIncident[] = [];
  try {
    for (let page = 1; page <= maxIncidentPages; page++) {
      const answer = await client.getIncidents({ from, to, page, pageSize: 100 }, options);
      incidents.push(...answer.data);
      if (page >= (answer.meta?.pagination?.totalPages ?? 1) || answer.data.length === 0) {
        return { ...span, incidents };
      }
    }
  } catch (error) {
    // A token without `incidents:read`, or a deployment without the route: that will not change.
    // Anything else (5xx, network, a malformed answer) fails the lookup, and a watch looks again.
    if (PermissionError.isInstance(error) || NotFoundError.isInstance(error)) return { ...span, error: error.message };
    throw error;
  }
  return { ...span, incidents, truncated: true };
}
