export { isLoopbackHost, type NormalizeBaseUrlOptions, normalizeBaseUrl } from "./base-url.js";
export { type BoundedMap, createBoundedMap } from "./bounded-map.js";
export {
  type EnvironmentSettings,
  type EnvironmentVariableSpec,
  type EnvironmentVariables,
  environmentVariableNames,
  readEnvironment,
} from "./environment.js";
export { applyListing, type Listing, type ListingSpec, readListing } from "./list-query.js";
export type { OptionValue } from "./option-values.js";
export { type OperationRateClasses, operationRateLimits, resolveRateBudgets } from "./rate-budgets.js";
export { requireScanId } from "./scan-id.js";
export { parseTriggerInput, type TriggerSpec } from "./trigger-input.js";
export type { CreateSandboxSimulator, SandboxSimulatorOptions, VendorSimulatorOptions } from "./simulator-options.js";
export type {
  CredentialSet,
  CredentialSets,
  TriggerExample,
  VendorManifest,
  VendorOptionSpec,
} from "./vendor-manifest.js";
export type { VendorPlugin, WebhookContext, WebhookScanUpdate } from "./vendor-plugin.js";
