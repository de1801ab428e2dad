import * as z from "zod/mini";
import { evidenceSources } from "./result-evidence.js";
import { scanStates, severities, verdicts } from "./scan.js";
import { vendorIdPattern } from "./vendor-id.js";

const count = z.number().check(z.int(), z.nonnegative());

export const scanRefSchema = z.object({
  vendor: z.string().check(z.regex(vendorIdPattern)),
  id: z.string().check(z.minLength(1)),
});

export const resultEvidenceSchema = z.object({
  sources: z.array(z.enum(evidenceSources)),
  complete: z.boolean(),
  gaps: z.optional(z.array(z.string())),
});

export const scanResultSchema = z.object({
  verdict: z.optional(z.enum(verdicts)),
  evidence: resultEvidenceSchema,
  checks: z.optional(
    z.object({ total: count, passed: count, warned: count, failed: count, errored: count, notEvaluated: count }),
  ),
  findings: z.optional(
    z.object({
      total: count,
      bySeverity: z.object({
        ...Object.fromEntries(severities.map((severity) => [severity, count])),
        unknown: count,
      } as Record<(typeof severities)[number] | "unknown", typeof count>),
    }),
  ),
  riskScore: z.optional(z.number()),
});

const timestamp = z.optional(z.string());

/** The normalized Scan at runtime: for reading scanstat's own JSON output back (pipelines, bots). */
export const scanSchema = z.object({
  ref: scanRefSchema,
  name: z.optional(z.string()),
  target: z.optional(z.string()),
  state: z.enum(scanStates),
  vendorState: z.string(),
  result: z.optional(scanResultSchema),
  progress: z.optional(
    z.object({
      ratio: z.optional(z.number().check(z.gte(0), z.lte(1))),
      completed: z.optional(count),
      total: z.optional(count),
    }),
  ),
  createdAt: timestamp,
  startedAt: timestamp,
  finishedAt: timestamp,
  updatedAt: timestamp,
  url: z.optional(z.string()),
  message: z.optional(z.string()),
  nextPollAt: timestamp,
  raw: z.unknown(),
});
