import type { Schema } from "@scanstat/core";
import * as z from "zod/mini";
import type { components } from "./generated/telmai-api.js";

type Schemas = components["schemas"];

/** The vendor's shapes, named for users of the client. */
export type TelmaiMeta = Schemas["Meta"];
export type TelmaiPagination = Schemas["Pagination"];
export type TelmaiApiError = Schemas["ApiError"];
export type TelmaiScanExecutionStarted = Schemas["ScanExecutionStarted"];
export type TelmaiScanExecution = Schemas["ScanExecution"];
export type TelmaiAssetScanStatus = Schemas["AssetScanStatus"];
export type TelmaiAssetRun = Schemas["AssetRun"];
export type TelmaiRunProgress = Schemas["RunProgress"];
export type TelmaiMonitorRun = Schemas["MonitorRun"];
export type TelmaiIncident = Schemas["Incident"];

// Typed with the generated types: a spec change the schemas miss fails typecheck.
// Loose on purpose: status words are strings (mapping sends unknown ones to `unknown`), extra
// fields are kept, and fields the page does not show in every answer are optional.
const timestamp = z.nullish(z.string());
const count = z.optional(z.number());

const telmaiPaginationSchema: Schema<TelmaiPagination> = z.object({
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  totalPages: z.number(),
});

export const telmaiMetaSchema: Schema<TelmaiMeta> = z.object({
  requestId: z.optional(z.string()),
  timestamp: z.optional(z.string()),
  pagination: z.nullish(telmaiPaginationSchema),
});

export const telmaiApiErrorSchema: Schema<TelmaiApiError> = z.object({
  code: z.string(),
  message: z.string(),
  details: z.optional(z.unknown()),
});

export const telmaiScanExecutionStartedSchema: Schema<TelmaiScanExecutionStarted> = z.object({
  executionId: z.string(),
  status: z.string(),
});

export const telmaiScanExecutionSchema: Schema<TelmaiScanExecution> = z.object({
  executionId: z.string(),
  status: z.string(),
  startedAt: timestamp,
  finishedAt: timestamp,
});

const telmaiRunProgressSchema: Schema<TelmaiRunProgress> = z.object({
  total: count,
  completed: count,
  running: count,
  failed: count,
  pending: count,
});

const telmaiMonitorRunSchema: Schema<TelmaiMonitorRun> = z.object({
  monitorId: z.string(),
  monitorName: z.optional(z.string()),
  stage: z.string(),
  durationMs: z.nullish(z.number()),
  error: z.optional(z.unknown()),
});

const telmaiAssetRunSchema: Schema<TelmaiAssetRun> = z.object({
  jobId: z.string(),
  status: z.string(),
  startedAt: timestamp,
  finishedAt: timestamp,
  progress: z.nullish(telmaiRunProgressSchema),
  monitors: z.optional(z.array(telmaiMonitorRunSchema)),
});

export const telmaiAssetScanStatusSchema: Schema<TelmaiAssetScanStatus> = z.object({
  assetId: z.string(),
  assetName: z.optional(z.string()),
  status: z.string(),
  lastCompletedAt: timestamp,
  currentRun: z.nullish(telmaiAssetRunSchema),
  lastRun: z.nullish(telmaiAssetRunSchema),
});

/** Only what the verdict reads is checked; every other field passes as sent. */
export const telmaiIncidentSchema: Schema<TelmaiIncident> = z.object({
  assetId: z.optional(z.string()),
  severity: z.optional(z.string()),
  detectedAt: timestamp,
});
