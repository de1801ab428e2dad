export { type ConformanceSetup, type DescribeAdapterOptions, describeAdapter } from "./describe-adapter.js";
export { type DescribeBaseUrlOptions, describeBaseUrl } from "./describe-base-url.js";
export { type DescribeManifestOptions, describeManifest } from "./describe-manifest.js";
export { useStrictNock } from "./use-strict-nock.js";
