// The bench's throughput pipeline imports the status schema by this path (bench/src/throughput/vendor-pipelines.ts).
export { sodaScanStatusSchema } from "./client/soda-schemas.js";
