import { type CallOptions, ScanstatError } from "@scanstat/core";
import type { TelmaiClient } from "./telmai-client.js";
import type { TelmaiIncidentsReading, TelmaiIncidentWindow } from "./telmai-incidents.js";
import type { TelmaiIncident } from "./telmai-schemas.js";

/** Pages of 100 one lookup may read in all: a busy workspace cannot make a round unbounded. */
export const maxIncidentPages = 10;
/** Windows closer than this are read together: one request serves a round of many scans. */
const joinWindowsWithinMs = 60 * 60_000;

const iso = (epoch: number) => new Date(epoch).toISOString();

/** The windows, sorted and joined where they overlap or nearly touch. */
function joinWindows(windows: readonly TelmaiIncidentWindow[]): TelmaiIncidentWindow[] {
  const joined: TelmaiIncidentWindow[] = [];
  for (const window of [...windows].sort((a, b) => a.from - b.from)) {
    const last = joined.at(-1);
    if (last && window.from <= last.to + joinWindowsWithinMs) last.to = Math.max(last.to, window.to);
    else joined.push({ ...window });
  }
  return joined;
}

/**
 * `GET /api/incidents` for the windows of the scans that ended in one lookup: one read (all of
 * its pages) per group of nearby windows, every status (an incident resolved since still
 * breached during the scan), at most `maxIncidentPages` pages in all. A read that fails
 * (`incidents:read` missing, vendor error) says why, and so do the groups left unread.
 */
export async function readTelmaiIncidents(
  client: TelmaiClient,
  windows: readonly TelmaiIncidentWindow[],
  options?: CallOptions,
): Promise<TelmaiIncidentsReading[]> {
  const readings: TelmaiIncidentsReading[] = [];
  let pagesLeft = maxIncidentPages;
  let failure: string | undefined;
  for (const window of joinWindows(windows)) {
    if (failure !== undefined || pagesLeft === 0) {
      readings.push({ ...window, error: failure ?? `the lookup read its ${maxIncidentPages} pages of incidents` });
      continue;
    }
    const incidents: TelmaiIncident[] = [];
    let truncated = false;
    try {
      for (let page = 1; ; page++) {
        pagesLeft--;
        const answer = await client.getIncidents(
          { from: iso(window.from), to: iso(window.to), page, pageSize: 100 },
          options,
        );
        incidents.push(...answer.data);
        const totalPages = answer.meta?.pagination?.totalPages ?? 1;
        if (page >= totalPages || answer.data.length === 0) break;
        if (pagesLeft === 0) {
          truncated = true;
          break;
        }
      }
    } catch (error) {
      if (!ScanstatError.isInstance(error)) throw error;
      failure = error.message;
      readings.push({ ...window, error: failure });
      continue;
    }
    readings.push({ ...window, incidents, truncated });
  }
  return readings;
}
