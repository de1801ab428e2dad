import type { Schema } from "@scanstat/core";
import * as z from "zod/mini";
import type { components } from "./generated/telmai-classic-api.js";

type Schemas = components["schemas"];

/** The vendor's shapes (docs.telm.ai), named for users of the client. */
export type TelmaiClassicToken = Schemas["TokenResponse"];
export type TelmaiClassicUploadStarted = Schemas["UploadStarted"];
export type TelmaiClassicJob = Schemas["Job"];
export type TelmaiClassicAlert = Schemas["Alert"];
export type TelmaiClassicIncident = Schemas["Incident"];
export type TelmaiClassicJobStatusWebhook = Schemas["JobStatusWebhook"];

// Typed with the generated types: a spec change the schemas miss fails typecheck. Loose on
// purpose: status and priority words are strings (mapping sends unknown ones to `unknown`),
// extra fields are accepted, and only what scanstat reads is required.
export const telmaiClassicTokenSchema: Schema<TelmaiClassicToken> = z.object({
  access_token: z.string(),
  refresh_token: z.optional(z.string()),
  token_type: z.optional(z.string()),
  // A number on the newest page, a string ("3600") on older ones.
  expires: z.optional(z.union([z.number(), z.string()])),
});

export const telmaiClassicUploadStartedSchema: Schema<TelmaiClassicUploadStarted> = z.object({
  message: z.optional(z.string()),
  job_id: z.string(),
});

export const telmaiClassicJobSchema: Schema<TelmaiClassicJob> = z.object({
  id: z.string(),
  status: z.string(),
  details: z.nullish(z.string()),
});

const text = z.optional(z.string());

const telmaiClassicAlertSchema: Schema<TelmaiClassicAlert> = z.object({
  type: text,
  source: text,
  // A string on the newest page, an object keyed by priority on the older and incidents pages.
  description: z.optional(z.unknown()),
  job_id: text,
  create_time: text,
  save_time: text,
  is_notification_enabled: z.optional(z.boolean()),
  metric_time: z.optional(z.unknown()),
  metric_value: z.optional(z.unknown()),
  policy_name: text,
  priority: text,
  source_name: text,
  source_type: text,
});

export const telmaiClassicAlertsSchema: Schema<TelmaiClassicAlert[]> = z.array(telmaiClassicAlertSchema);

const telmaiClassicIncidentSchema: Schema<TelmaiClassicIncident> = z.object({
  id: z.number(),
  project_id: z.optional(z.number()),
  asset_id: text,
  last_upload_timestamp: text,
  created_time: text,
  severity: text,
  impact: text,
  status: text,
  ticket_id: z.optional(z.number()),
  alert_policy_id: text,
  alert_policy_name: text,
  description: text,
  tags: z.optional(z.array(z.string())),
});

export const telmaiClassicIncidentsSchema: Schema<TelmaiClassicIncident[]> = z.array(telmaiClassicIncidentSchema);
