import * as z from "zod/mini";

// Loose on purpose: vendor words are plain strings (mapping sends unknown ones to "unknown"),
// extra fields pass through unchecked, and only the fields scanstat cannot do without are required.
// Only the fields scanstat reads are checked: each check costs bundle size.

const optionalText = z.nullish(z.string());
const optionalCount = z.nullish(z.number());

export const sodaScanStatusSchema = z.object({
  state: z.string(),
  id: optionalText,
  cloudUrl: optionalText,
  created: optionalText,
  submitted: optionalText,
  started: optionalText,
  ended: optionalText,
  scanDefinition: z.nullish(z.object({ id: z.string(), name: z.string() })),
  checks: z.nullish(z.array(z.object({ evaluationStatus: optionalText }))),
  errors: optionalCount,
  failures: optionalCount,
  warnings: optionalCount,
});

export const sodaScanLogsPageSchema = z.object({
  content: z.array(z.object({ message: z.string(), level: optionalText, timestamp: optionalText })),
  last: z.nullish(z.boolean()),
  totalPages: optionalCount,
});

/** `GET /api/v1/test-login`: `{organisationName}`, the organisation the key belongs to. */
export const sodaTestLoginSchema = z.object({ organisationName: optionalText });
