import {
  type HttpClient,
  type HttpRequest,
  type Schema,
  ScanstatError,
  VendorError,
  VendorResponseError,
  validate,
} from "@scanstat/core";
import * as z from "zod/mini";
import { telmaiError } from "./telmai-error.js";
import { type TelmaiMeta, telmaiApiErrorSchema, telmaiMetaSchema } from "./telmai-schemas.js";

/** What a client method answers: the envelope's `data`, and its `meta` (request id, pagination). */
export interface TelmaiResponse<T> {
  data: T;
  meta: TelmaiMeta | undefined;
}

// `data` is checked after `error`: a body that carries an error must fail as that error, not
// as "data is null". A plain object: extra fields are accepted all the same, and `validate`
// answers the body itself, so nothing is copied for fields this reads nowhere.
const envelopeSchema = z.object({
  data: z.optional(z.unknown()),
  error: z.nullish(telmaiApiErrorSchema),
  meta: z.nullish(telmaiMetaSchema),
});

export type TelmaiCall<T> = Omit<HttpRequest<unknown>, "schema" | "responseType" | "acceptStatus"> & {
  /** The shape of the envelope's `data`. */
  data: Schema<T>;
};

/** Puts Telmai's request id into the message too: people quote messages in support tickets. */
function withRequestId<E>(error: E): E {
  if (ScanstatError.isInstance(error) && error.requestId && !error.message.includes(error.requestId)) {
    error.message += ` (Telmai request id ${error.requestId})`;
  }
  return error;
}

/**
 * The one place the `{data, error, meta}` envelope is opened: every client method goes through
 * it. Error answers are classified by `classifyTelmaiError`; a 2xx that still carries an `error`
 * is classified the same way here.
 */
export async function callTelmai<T>(http: HttpClient, call: TelmaiCall<T>): Promise<TelmaiResponse<T>> {
  const { data: dataSchema, ...request } = call;
  const response = await http.request({ ...request, schema: envelopeSchema }).catch((error: unknown) => {
    throw withRequestId(error);
  });
  const { data, error } = response.data;
  const meta = response.data.meta ?? undefined;
  // Everything Telmai wrote may reach people: a token it echoes back must not.
  const requestId = meta?.requestId === undefined ? undefined : http.redact(meta.requestId);
  const options = { vendor: "telmai" as const, operation: call.operation, status: response.status, requestId };
  if (error) {
    const details = { code: http.redact(error.code), message: http.redact(error.message), requestId };
    throw withRequestId(
      telmaiError(call.operation, response.status, details) ??
        new VendorError(`telmai ${call.operation}: ${details.code}: ${details.message}`, options),
    );
  }
  const checked = validate(dataSchema, data);
  if (!checked.ok) {
    const field = checked.field === "(body)" ? "data" : `data.${checked.field}`;
    // JSON of another shape: not transient, as core says of a body that does not fit its schema.
    throw withRequestId(
      new VendorResponseError(`telmai ${call.operation}: unexpected response: field "${field}" ${checked.problem}`, {
        ...options,
        field,
        transient: false,
      }),
    );
  }
  return { data: checked.data, meta };
}
