import type { components, operations } from "./generated/soda-api.js";

type Schemas = components["schemas"];

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/**
 * A spec schema as it arrives over the wire: vendor words widen to `string` (Soda adds words the
 * spec does not list, e.g. `pending`, `submitted`) and optional fields may be `null` (Soda's
 * backend writes absent values as null).
 */
export type AsReceived<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? AsReceived<Item>[]
    : T extends object
      ? Flatten<
          { [K in Exclude<keyof T, OptionalKeys<T>>]: AsReceived<T[K]> } & {
            [K in OptionalKeys<T>]?: AsReceived<NonNullable<T[K]>> | null;
          }
        >
      : T;

/** Fields the spec marks required that the client does not insist on, because it can do without them. */
type Relaxed<T, K extends keyof T> = Flatten<Omit<T, K> & { [P in K]?: T[P] | null }>;

/**
 * `GET /api/v1/scans/{scanId}`: only `state` is insisted on; the scan id is known from the request.
 * The fields scanstat reads are checked at runtime (`soda-schemas.ts`); the rest pass through as sent.
 */
export type SodaScanStatus = Relaxed<AsReceived<Schemas["PublicApiScanStatusResponse"]>, "id" | "cloudUrl" | "created">;

export type SodaCheck = AsReceived<Schemas["PublicApiCheckSlimDTO"]>;

/** One log line: only `message` is insisted on. */
export type SodaLogEntry = Relaxed<AsReceived<Schemas["LogsContentDTO"]>, "index" | "level" | "timestamp">;

/** `GET /api/v1/scans/{scanId}/logs`: one page of the paged envelope. */
export type SodaScanLogsPage = Relaxed<
  Omit<AsReceived<Schemas["PublicApiScanLogsResponse"]>, "content"> & { content: SodaLogEntry[] },
  "first" | "last" | "number" | "size" | "totalElements" | "totalPages"
>;

/** The body Soda answers errors with (400, 401, 403, 404, 429, 500). */
export type SodaErrorBody = AsReceived<Schemas["ErrorResponse"]>;

/** `POST /api/v1/scans` form fields. */
export type SodaTriggerScanBody =
  operations["POST/api/v1/scans"]["requestBody"]["content"]["application/x-www-form-urlencoded"];

/** `GET /api/v1/scans/{scanId}/logs` query: `page` from 0, `size` 100..1000 (default 1000). */
export type SodaScanLogsQuery = NonNullable<operations["GET/api/v1/scans/{scanId}/logs"]["parameters"]["query"]>;

export type SodaScanId = operations["GET/api/v1/scans/{scanId}"]["parameters"]["path"]["scanId"];
