import * as z from "zod/mini";
import type { components } from "./generated/projectdiscovery-api.js";

const optionalString = z.optional(z.nullable(z.string()));
const optionalNumber = z.optional(z.nullable(z.number()));

/** Core's `validate` hands back the vendor's own object: fields the schemas do not name are still there. */
type WithExtraFields<T> = T & { [field: string]: unknown };

/**
 * One scan (`ScanStatusItem`), loose on purpose: `status` is a free string (the spec has no enum),
 * only `scan_id` and `status` are demanded, nulls are tolerated, and only the fields scanstat
 * reads are checked (every other field passes through untouched, in `raw`: a plain `z.object`
 * accepts them, and core's `validate` returns the object as the vendor sent it). `severity` is an
 * untyped object in the spec (counts per severity name), so it stays unknown here, as does
 * `total_result`: `mapProjectDiscoveryFindings` reads both and names what it could not count.
 */
export const projectDiscoveryScanSchema = z.object({
  scan_id: z.string(),
  status: z.string(),
  name: optionalString,
  progress: optionalNumber,
  severity: z.optional(z.unknown()),
  created_at: optionalString,
  updated_at: optionalString,
  completed_at: optionalString,
  failure_reason: z.optional(z.unknown()),
  // Read by the findings mapper, which says which values it could not count: a drifted total
  // (text, a fraction) is evidence to report, not a body to refuse.
  total_result: z.optional(z.unknown()),
});

export type ProjectDiscoveryScan = WithExtraFields<z.infer<typeof projectDiscoveryScanSchema>>;

/** `GET /v1/scans`: `{message, current_page, result_count, total_results, total_pages, data[]}`. */
export const projectDiscoveryScanPageSchema = z.object({
  total_results: optionalNumber,
  // A Go server writes an empty slice as null.
  data: z.nullable(z.array(projectDiscoveryScanSchema)),
});

export type ProjectDiscoveryScanPage = WithExtraFields<{
  total_results?: number | null;
  data: ProjectDiscoveryScan[] | null;
}>;

/** `POST /v1/scans` and `/rescan`: `{id?, message, truncated-scan-targets?}` (the spec does not promise `id`). */
export const projectDiscoveryTriggerResponseSchema = z.object({
  id: optionalString,
  message: optionalString,
});

export type ProjectDiscoveryTriggerResponse = WithExtraFields<z.infer<typeof projectDiscoveryTriggerResponseSchema>>;

/** `POST /v1/scans/{scan_id}/stop`: `{message, ok?}`. */
export const projectDiscoveryStopResponseSchema = z.object({
  message: optionalString,
});

export type ProjectDiscoveryStopResponse = WithExtraFields<z.infer<typeof projectDiscoveryStopResponseSchema>>;

// Compile-time guard: every answer the spec describes passes these schemas (they never demand more than the spec).
type Accepts<Schema, Spec extends Schema> = Spec;
type _SpecFitsSchemas = [
  Accepts<ProjectDiscoveryScan, components["schemas"]["ScanStatusItem"]>,
  Accepts<ProjectDiscoveryScanPage, components["responses"]["GetScansStatusResponse"]["content"]["application/json"]>,
  Accepts<
    ProjectDiscoveryTriggerResponse,
    components["responses"]["TriggerUserScanResponse"]["content"]["application/json"]
  >,
  Accepts<ProjectDiscoveryStopResponse, components["responses"]["DeleteScansResponse"]["content"]["application/json"]>,
];
