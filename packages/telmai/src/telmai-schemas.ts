// The bench's throughput run imports this path (bench/src/throughput/vendor-pipelines.ts): kept
// until it imports `./client/telmai-schemas.js`, then this file goes. Not in any entry.
export { telmaiAssetScanStatusSchema } from "./client/telmai-schemas.js";
