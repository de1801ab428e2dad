import * as z from "zod/mini";
import type { Schema } from "@scanstat/core";
import type { components } from "./generated/halo-api.js";

// Loose on purpose: extra fields are kept, status words are free strings, ids may be numeric
// strings, descriptive fields may be null. Only what the adapter relies on is required.

export type HaloTargetId = components["schemas"]["TargetId"];
export type HaloErrorBody = components["schemas"]["ErrorBody"];
export type HaloMessageBody = components["schemas"]["MessageBody"];
export type HaloPagination = components["schemas"]["Pagination"];
export type HaloScanList = components["schemas"]["ScanList"];
export type HaloScanListItem = components["schemas"]["ScanListItem"];
export type HaloInProgressScanList = components["schemas"]["InProgressScanList"];
export type HaloInProgressScan = components["schemas"]["InProgressScan"];
export type HaloSeverityCounts = components["schemas"]["SeverityCounts"];
export type HaloScanDetailsResponse = components["schemas"]["ScanDetailsResponse"];
export type HaloScanDetails = components["schemas"]["ScanDetails"];
export type HaloEventList = components["schemas"]["EventList"];
export type HaloEventListItem = components["schemas"]["EventListItem"];
export type HaloEvent = components["schemas"]["Event"];

// A number or a string, checked without z.union: a union (and z.record) pull in ~0.8 KB gz more of zod.
const numberOrString = z.custom<number | string>(
  (value) => typeof value === "number" || typeof value === "string",
  "expected number or string",
);
const targetIdSchema = numberOrString;
const code = z.optional(numberOrString);
const text = z.optional(z.nullable(z.string()));
const number = z.optional(z.nullable(z.number()));

export const haloMessageBodySchema: Schema<HaloMessageBody> = z.object({
  code,
  message: z.optional(z.string()),
  scan_id: z.optional(z.string()),
});

const paginationSchema = z.optional(
  z.object({ total: z.optional(z.number()), start: z.optional(z.number()), limit: z.optional(z.number()) }),
);

const scanListItemSchema = z.object({
  scan: z.object({ date: text, scan_id: z.string() }),
  target: z.optional(z.object({ target_name: text, target_id: z.optional(targetIdSchema), target: text })),
});

export const haloScanListSchema: Schema<HaloScanList> = z.object({
  request: z.optional(z.unknown()),
  pagination: paginationSchema,
  list: z.array(scanListItemSchema),
});

const inProgressScanSchema = z.object({
  date: text,
  duration: number,
  duration_display: text,
  status: z.optional(z.nullable(numberOrString)),
  status_display: text,
  target_name: text,
  target_id: z.optional(targetIdSchema),
  scan_id: z.string(),
});

export const haloInProgressScanListSchema: Schema<HaloInProgressScanList> = z.object({
  request: z.optional(z.unknown()),
  pagination: paginationSchema,
  list: z.array(inProgressScanSchema),
});

// Every key's count a number, as z.record(z.string(), z.number()) checks it.
const severityCountsSchema = z.optional(z.catchall(z.object({}), z.number()));

export const haloScanDetailsResponseSchema: Schema<HaloScanDetailsResponse> = z.object({
  scan: z.object({
    date: text,
    duration: number,
    issue_severity_count: severityCountsSchema,
    issue_instance_severity_count: severityCountsSchema,
    issue_count: number,
    risk_score: number,
    scan_web: number,
    scan_fw: number,
    scan_was: number,
    scan_vms: number,
    target_id: z.optional(targetIdSchema),
    scan_id: z.string(),
    // Not documented for get.json: read if Halo ever sends them.
    status: z.optional(z.nullable(numberOrString)),
    status_display: text,
  }),
});

// An event without an id cannot be told from another one while paging: it is refused.
const eventSchema = z.object({
  event_id: numberOrString,
  subject: text,
  date_created: text,
  key: text,
  url: text,
  target: z.optional(z.object({ target_name: text, target_id: z.optional(targetIdSchema), target: text })),
});

export const haloEventListSchema: Schema<HaloEventList> = z.object({
  request: z.optional(z.unknown()),
  pagination: paginationSchema,
  list: z.array(z.object({ event: eventSchema })),
});

/**
 * `user/me.json`, Halo's documented key check. Its body is not documented: nothing in it is
 * required, and only a display name is read where one is given.
 */
export interface HaloCurrentUser {
  user?: { email?: string | null | undefined; name?: string | null | undefined } | undefined;
}

export const haloCurrentUserSchema: Schema<HaloCurrentUser> = z.object({
  user: z.optional(z.object({ email: text, name: text })),
});
