export {
  cancelScan,
  getLogs,
  getScans,
  listScans,
  requireCapability,
  triggerScan,
} from "./adapter/adapter-operations.js";
export type { CommonAdapterSettings } from "./adapter/adapter-settings.js";
export type {
  AdapterCapabilities,
  AdapterOperation,
  CallOptions,
  Capability,
  ListScansQuery,
  LogLine,
  RateLimit,
  ScanAdapter,
  ScanLookup,
  TriggerInput,
} from "./adapter/scan-adapter.js";
export { type Clock, systemClock } from "./clock/clock.js";
export {
  AuthError,
  ConfigError,
  InvalidRequestError,
  InvalidScanRefError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  TimeoutError,
  UnsupportedOperationError,
  VendorError,
  VendorResponseError,
} from "./errors/errors.js";
export {
  type ErrorHintCode,
  ScanstatError,
  type ScanstatErrorCode,
  type ScanstatErrorOptions,
} from "./errors/scanstat-error.js";
export { backoffDelay } from "./http/backoff.js";
export {
  createHttpClient,
  type HttpAuth,
  type HttpClient,
  type HttpClientSettings,
  type HttpErrorInfo,
  type HttpRequest,
  type HttpResponse,
  type HttpTraceEvent,
  joinUrl,
  type QueryValue,
  type RetryOptions,
  type VendorErrorDetails,
} from "./http/http-client.js";
export {
  basicAuthSecrets,
  redactHeaders,
  redactSecrets,
  redactUrlUserinfo,
  secretForms,
  urlUserinfoSecrets,
} from "./http/redact.js";
export { credentialFingerprint } from "./http/credential-fingerprint.js";
export { requireHeaderSafeCredential } from "./http/header-value.js";
export { pageCapError } from "./http/page-cap.js";
export { parseRetryAfter } from "./http/retry-after.js";
export { type Schema, type ValidationResult, validate } from "./http/validate.js";
export {
  type CheckCounts,
  emptySeverityCounts,
  type FindingCounts,
  isTerminalState,
  type Scan,
  type ScanProgress,
  type ScanRef,
  type ScanResult,
  type ScanState,
  type Severity,
  scanStates,
  severities,
  type Verdict,
  verdicts,
} from "./model/scan.js";
export {
  checkScanId,
  formatScanRef,
  type ParseScanRefOptions,
  parseScanRef,
  scanIdPathSegment,
} from "./model/scan-ref.js";
export {
  defaultSeverityPolicy,
  isSeverityThreshold,
  type SeverityPolicy,
  type SeverityThreshold,
  resultForFindings,
  verdictForFindings,
} from "./model/severity-policy.js";
export {
  completeEvidence,
  type EvidenceSource,
  evidenceSources,
  gateVerdict,
  noEvidence,
  partialEvidence,
  type ResultEvidence,
} from "./model/result-evidence.js";
export { createVendorDirectory, type VendorDirectory } from "./model/vendor-directory.js";
export { type VendorId, type VendorNames, vendorIdPattern } from "./model/vendor-id.js";
export {
  createSlidingWindowLimiter,
  type RateLimiter,
  type RateLimitSlot,
  sharedRateLimiter,
} from "./rate-limit/sliding-window-limiter.js";
export { resultEvidenceSchema, scanRefSchema, scanResultSchema, scanSchema } from "./model/scan-schema.js";
export { type PollDelayOptions, pollDelay } from "./wait/poll-delay.js";
export { type WaitForScanOptions, waitForScan } from "./wait/wait-for-scan.js";
export { WaitTimeoutError } from "./wait/wait-timeout-error.js";
export {
  type AdapterResolver,
  type WatchEvent,
  type WatchOptions,
  type WatchResult,
  watchScans,
} from "./wait/watch-scans.js";
export { vendorCount } from "./model/vendor-count.js";
